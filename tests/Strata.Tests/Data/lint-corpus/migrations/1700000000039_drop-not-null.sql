-- expect: safe
-- Up Migration
alter table c39 alter column a drop not null;
