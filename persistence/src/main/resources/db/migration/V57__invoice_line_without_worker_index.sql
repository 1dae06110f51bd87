-- A month's invoice lines are written by the million (a province: ten million a month); each of
-- the line table's indexes is a random insert per line. The index on worker_id served one
-- lookup — a death's refunds and stopped bill (DeathRepository) — which now finds the worker's
-- lines through the worker's memberships (membership_worker_idx, then the lines' membership
-- index): a line's worker is always its membership's worker. The index goes.
DROP INDEX premium_invoice_line_worker_idx;
