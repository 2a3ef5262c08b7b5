-- Schema version 5: drop the index on cost_attribution(turn_key). `cost top` groups by
-- COALESCE(turn_key, …), an expression no index serves, so it was never used and cost an index
-- update on every insert.
DROP INDEX IF EXISTS cost_turn;
