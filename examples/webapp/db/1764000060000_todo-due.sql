-- Up Migration
alter table todo add column due date;

-- Down Migration
alter table todo drop column due;
