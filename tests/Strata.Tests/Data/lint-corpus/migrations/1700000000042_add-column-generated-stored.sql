-- expect: risky
-- Up Migration
alter table c42 add column x integer generated always as (a * 2) stored;
