-- expect: risky
-- Up Migration
alter table c14 add primary key (id);
