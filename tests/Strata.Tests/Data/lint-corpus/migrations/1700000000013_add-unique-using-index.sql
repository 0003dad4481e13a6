-- expect: safe
-- Up Migration
alter table c13 add constraint c13_u unique using index c13_a_key;
