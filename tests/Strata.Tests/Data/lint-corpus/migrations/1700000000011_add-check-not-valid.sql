-- expect: safe
-- Up Migration
alter table c11 add constraint c11_ck check (a > 0) not valid;
