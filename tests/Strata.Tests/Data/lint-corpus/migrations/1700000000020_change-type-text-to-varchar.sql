-- expect: risky
-- Up Migration
alter table c20 alter column t type varchar(50);
