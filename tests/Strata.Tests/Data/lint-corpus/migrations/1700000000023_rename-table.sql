-- expect: safe
-- Up Migration
alter table c23 rename to c23_renamed;
