-- expect: risky
-- strata:no-transaction
-- Up Migration
vacuum full c44;
