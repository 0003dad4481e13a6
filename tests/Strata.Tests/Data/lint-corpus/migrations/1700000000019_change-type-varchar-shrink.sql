-- expect: risky
-- Up Migration
alter table c19 alter column v type varchar(5);
