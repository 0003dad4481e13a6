-- expect: safe
-- squawk-wrong: varchar to text is binary-compatible: relfilenode unchanged, no scan; only a brief ACCESS EXCLUSIVE
-- Up Migration
alter table c17 alter column v type text;
