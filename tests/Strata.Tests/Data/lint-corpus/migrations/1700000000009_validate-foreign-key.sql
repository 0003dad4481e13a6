-- expect: safe
-- Up Migration
alter table c09 validate constraint c09_fk;
