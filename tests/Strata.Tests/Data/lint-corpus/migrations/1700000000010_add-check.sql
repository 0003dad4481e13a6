-- expect: risky
-- Up Migration
alter table c10 add constraint c10_ck check (a > 0);
