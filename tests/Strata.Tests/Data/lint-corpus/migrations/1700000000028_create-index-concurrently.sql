-- expect: safe
-- strata:no-transaction
-- Up Migration
create index concurrently c28_a_idx on c28 (a);
