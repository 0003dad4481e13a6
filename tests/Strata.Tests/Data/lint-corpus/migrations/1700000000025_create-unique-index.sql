-- expect: risky
-- Up Migration
create unique index c25_a_idx on c25 (a);
