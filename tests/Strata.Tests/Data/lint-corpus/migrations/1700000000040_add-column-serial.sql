-- expect: risky
-- Up Migration
alter table c40 add column x serial;
