-- expect: safe
-- squawk-wrong: the table is empty on the target: the validation scan reads nothing
-- Up Migration
alter table c34 add constraint c34_ck check (a > 0);
