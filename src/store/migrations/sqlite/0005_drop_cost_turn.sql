-- Schema version 5: drop the index on cost_attribution(turn_key). `cost top` groups by
-- COALESCE(turn_key, …), an expression no index serves, so it was never used and cost a sort
-- on every first sync and an index update on every insert. An interrupted bulk load's record
-- of deferred indexes (meta `bulk_load.deferred`) forgets it too, so finishing that load does
-- not bring it back.
DROP INDEX IF EXISTS cost_turn;
UPDATE meta
SET value = (SELECT json_group_array(json(d.value)) FROM json_each(meta.value) AS d
             WHERE json_extract(d.value, '$[1]') <> 'cost_turn')
WHERE key = 'bulk_load.deferred';
