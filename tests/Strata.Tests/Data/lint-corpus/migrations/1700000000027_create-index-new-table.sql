-- expect: safe
-- squawk-wrong: the table is created by the same migration, so it is empty: the build holds SHARE on an empty table
-- Up Migration
create table c27 (id integer primary key, a integer);
create index c27_a_idx on c27 (a);
