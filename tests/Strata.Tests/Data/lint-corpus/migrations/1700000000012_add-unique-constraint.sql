-- expect: risky
-- Up Migration
alter table c12 add constraint c12_u unique (a);
