-- expect: safe
-- strata:no-transaction
-- Up Migration
drop index concurrently c30_a_idx;
