-- expect: risky
-- Up Migration
create index c24_a_idx on c24 (a);
