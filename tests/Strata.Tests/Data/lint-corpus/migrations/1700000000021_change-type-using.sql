-- expect: risky
-- Up Migration
alter table c21 alter column a type text using a::text;
