-- expect: safe
-- squawk-wrong: numeric(10,2) to numeric(12,2) needs no rewrite: relfilenode unchanged, no scan
-- Up Migration
alter table c18 alter column n type numeric(12,2);
