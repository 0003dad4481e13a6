-- expect: safe
-- squawk-wrong: varchar(10) to varchar(20) is binary-compatible: relfilenode unchanged, no scan; only a brief ACCESS EXCLUSIVE
-- Up Migration
alter table c16 alter column b type varchar(20);
