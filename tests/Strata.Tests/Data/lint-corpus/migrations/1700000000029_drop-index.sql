-- expect: safe
-- squawk-wrong: DROP INDEX holds ACCESS EXCLUSIVE on the table for an instant: no scan, no rewrite; lock-timeout bounds the wait
-- Up Migration
drop index c29_a_idx;
