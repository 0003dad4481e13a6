-- expect: safe
-- Up Migration
create table c46 (id integer primary key, parent_id integer references parent (id));
