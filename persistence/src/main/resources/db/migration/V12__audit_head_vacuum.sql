-- The audit chain's head is one row updated by every audited change: thousands of dead
-- versions pile up between vacuums and the planner takes the bloated table for thousands of
-- rows. Keep it small: room on its page for HOT updates, and vacuum/analyze it after every
-- few hundred changes instead of after 20 % of its (tiny) size has changed.
ALTER TABLE audit_head SET (
  fillfactor = 10,
  autovacuum_vacuum_scale_factor = 0,
  autovacuum_vacuum_threshold = 200,
  autovacuum_analyze_scale_factor = 0,
  autovacuum_analyze_threshold = 200
);
