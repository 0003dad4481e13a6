-- expect: risky
-- Up Migration
alter table c01 add column x uuid default gen_random_uuid();
