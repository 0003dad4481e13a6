-- expect: risky
-- Up Migration
alter table c41 add column x bigint generated always as identity;
