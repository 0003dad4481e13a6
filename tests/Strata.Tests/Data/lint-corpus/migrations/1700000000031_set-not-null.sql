-- expect: risky
-- Up Migration
alter table c31 alter column a set not null;
