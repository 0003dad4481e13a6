-- expect: safe
-- Up Migration
alter table c04 add column x integer not null default 0;
