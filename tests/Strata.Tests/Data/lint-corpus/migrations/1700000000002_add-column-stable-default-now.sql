-- expect: safe
-- Up Migration
alter table c02 add column x timestamptz default now();
