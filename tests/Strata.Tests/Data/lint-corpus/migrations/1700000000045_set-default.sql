-- expect: safe
-- Up Migration
alter table c45 alter column a set default 5;
