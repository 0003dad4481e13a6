-- Up Migration
create table notes (id bigint generated always as identity primary key, user_id int not null references users, body text not null);

-- Down Migration
drop table notes;
