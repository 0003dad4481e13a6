-- expect: risky
-- Up Migration
alter table c15 alter column a type bigint;
