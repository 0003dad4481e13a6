-- expect: safe
-- Up Migration
alter table c22 rename column c to c2;
