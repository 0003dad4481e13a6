-- expect: risky
-- Up Migration
cluster c43 using c43_pkey;
