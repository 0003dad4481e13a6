-- expect: safe
-- Up Migration
alter table c37 drop column c;
