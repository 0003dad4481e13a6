-- expect: safe
-- squawk-wrong: the table is empty on the target: the scan reads nothing
-- Up Migration
alter table c33 alter column a set not null;
