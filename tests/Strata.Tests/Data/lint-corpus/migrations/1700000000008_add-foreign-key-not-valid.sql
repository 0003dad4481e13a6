-- expect: safe
-- Up Migration
alter table c08 add constraint c08_fk foreign key (p) references parent (id) not valid;
