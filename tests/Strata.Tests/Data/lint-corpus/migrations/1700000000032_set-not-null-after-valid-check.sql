-- expect: safe
-- squawk-wrong: a valid CHECK (a IS NOT NULL) lets PostgreSQL 12+ skip the scan: no sequential scan counted
-- Up Migration
alter table c32 alter column a set not null;
