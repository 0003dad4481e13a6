-- expect: safe
-- Up Migration
alter table c06 add column x text;
