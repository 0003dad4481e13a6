-- expect: risky
-- Up Migration
alter table c07 add constraint c07_fk foreign key (p) references parent (id);
