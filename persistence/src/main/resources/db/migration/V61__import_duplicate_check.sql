-- Possible duplicates among imported rows (the registry's duplicate review, issue "registry"):
-- a registration through the API is checked for possible duplicates before it is saved, an import
-- row is not (a check per row would cost the import most of its speed). Instead, once an import is
-- DONE, a background check (DuplicateSweep) looks at every worker registered while it ran — ids
-- are UUIDv7, so they lie in the id range of the import's time window — against the workers
-- registered before each of them, and opens a review for each one with possible duplicates, as a
-- registration would have. It goes in chunks of a transaction each and resumes after the last
-- worker checked (duplicates_checked_to); duplicates_checked_at marks it done.
ALTER TABLE worker_import
  ADD COLUMN duplicates_checked_to uuid,
  ADD COLUMN duplicates_checked_at timestamptz,
  ADD COLUMN duplicate_reviews integer NOT NULL DEFAULT 0 CHECK (duplicate_reviews >= 0);
-- The check's question: which finished import is still to be checked, oldest first.
CREATE INDEX worker_import_unchecked_idx ON worker_import (created_at)
  WHERE status = 'DONE' AND duplicates_checked_at IS NULL;

-- A review opened by an import's check names the import (null: opened by a registration or edit).
ALTER TABLE duplicate_review ADD COLUMN import_id uuid REFERENCES worker_import (id) ON DELETE SET NULL;
