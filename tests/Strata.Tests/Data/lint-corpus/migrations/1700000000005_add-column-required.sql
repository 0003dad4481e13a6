-- expect: dangerous
-- Up Migration
alter table c05 add column x integer not null;
