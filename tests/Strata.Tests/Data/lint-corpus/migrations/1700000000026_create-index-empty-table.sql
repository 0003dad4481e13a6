-- expect: safe
-- squawk-wrong: the table is empty on the target: the build holds SHARE for a few milliseconds
-- Up Migration
create index c26_a_idx on c26 (a);
