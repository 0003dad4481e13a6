-- expect: safe
-- Up Migration
drop table c38;
