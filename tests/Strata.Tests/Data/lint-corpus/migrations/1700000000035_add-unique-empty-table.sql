-- expect: safe
-- squawk-wrong: the table is empty on the target: the index build reads nothing
-- Up Migration
alter table c35 add constraint c35_u unique (a);
