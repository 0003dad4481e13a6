-- Up Migration
create table tag (
  id bigint generated always as identity primary key,
  name text not null unique
);

create table note_tag (
  note_id bigint not null references note (id) on delete cascade,
  tag_id bigint not null references tag (id) on delete cascade,
  primary key (note_id, tag_id)
);

create index note_tag_tag_id_idx on note_tag (tag_id);

-- Down Migration
drop table note_tag;
drop table tag;
