-- expect: safe
-- squawk-wrong: the table is empty on the target: the rewrite copies nothing
-- Up Migration
alter table c36 alter column a type bigint;
