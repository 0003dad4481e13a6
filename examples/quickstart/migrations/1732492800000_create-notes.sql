-- Up Migration
create table note (
  id bigint generated always as identity primary key,
  title text not null,
  body text not null default '',
  created_at timestamptz not null default now()
);

-- Down Migration
drop table note;
