-- expect: safe
-- Up Migration
alter table c03 add column x integer default 0;
