-- Retention (UU PDP 27/2022; issue 17, item 5): each kind of record is kept only for its period
-- (domain/privacy/RetentionKind: the defaults and their reasoning). A job deletes or anonymises
-- what is past it, in batches, each batch one transaction with its audit tombstone.
--
-- Who may do what. The periods are the database owner's: every instance writes its configured
-- periods into retention_period at start-up as the owner (the role that runs the migrations);
-- the application role only reads them. The access log is append-only for the application role
-- (V40): its old rows are deleted by retention_purge_access_log below, a SECURITY DEFINER function
-- owned by the owner, which deletes only rows older than the period the owner set — whatever
-- cutoff the caller passes — and never younger than a year. The other kinds the application
-- role could already delete or update (imports, claim documents, refresh tokens, login
-- counters, workers); their statements live in persistence/privacy/RetentionBatches.

UPDATE retention_period SET kind = 'access_log' WHERE kind = 'personal_data_access';
INSERT INTO retention_period (kind, days) VALUES
  ('import_rejects', 90), ('removed_registrations', 365), ('closed_claim_documents', 1826), ('sessions', 90)
ON CONFLICT (kind) DO NOTHING;
ALTER TABLE retention_period ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

DO $r$ BEGIN IF '${application_role}' <> current_user THEN
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON retention_period FROM %I', '${application_role}');
END IF; END $r$;

-- A registration merged away as a duplicate of another worker, or deleted: the record that it
-- was, and when. Kept for its period (removed_registrations), then the worker row is deleted with
-- its heirs (and this row, by the cascade); one that other records still name is held (held_at:
-- the run that found it so) and tried again by the next run.
CREATE TABLE worker_removal (
  worker_id   uuid        PRIMARY KEY REFERENCES worker (id) ON DELETE CASCADE,
  reason      text        NOT NULL CHECK (reason IN ('DUPLICATE', 'DELETED')),
  merged_into uuid        REFERENCES worker (id),
  removed_by  uuid        NOT NULL REFERENCES app_user (id),
  removed_at  timestamptz NOT NULL DEFAULT now(),
  held_at     timestamptz,
  CONSTRAINT worker_removal_merged_into CHECK ((reason = 'DUPLICATE') = (merged_into IS NOT NULL)),
  CONSTRAINT worker_removal_not_itself CHECK (merged_into IS NULL OR merged_into <> worker_id)
);
CREATE INDEX worker_removal_removed_at_idx ON worker_removal (removed_at);

-- Deletes the removed registrations past cutoff, at most batch of them: each in a
-- subtransaction, so one still named by a membership, claim or payout (a foreign key) is held
-- instead of failing the batch. Returns each worker tried and whether it went.
CREATE FUNCTION retention_delete_removed_workers(cutoff timestamptz, run_started timestamptz, batch integer)
RETURNS TABLE (removed_id uuid, was_deleted boolean) LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT wr.worker_id FROM worker_removal wr
           WHERE wr.removed_at < cutoff AND (wr.held_at IS NULL OR wr.held_at < run_started)
           ORDER BY wr.worker_id LIMIT batch FOR UPDATE SKIP LOCKED
  LOOP
    removed_id := r.worker_id;
    BEGIN
      DELETE FROM worker WHERE id = r.worker_id;
      was_deleted := true;
    EXCEPTION WHEN foreign_key_violation THEN
      UPDATE worker_removal SET held_at = run_started WHERE worker_id = r.worker_id;
      was_deleted := false;
    END;
    RETURN NEXT;
  END LOOP;
END
$$;

-- A closed case's documents are erased, not deleted: the row keeps what the document was (kind,
-- size, SHA-256, who uploaded it when) and the case its checklist; the bytes go. Kept content is
-- sealed (V44): the document's size plus FieldCipher.OVERHEAD (key id 1 + nonce 12 + tag 16 bytes).
ALTER TABLE claim_document ADD COLUMN erased_at timestamptz;
ALTER TABLE claim_document DROP CONSTRAINT claim_document_size_matches;
ALTER TABLE claim_document ADD CONSTRAINT claim_document_size_matches
  CHECK (CASE WHEN erased_at IS NULL THEN octet_length(content) = size + 29 ELSE octet_length(content) = 0 END);

-- Failed-login counters are found by age.
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at);
CREATE INDEX login_throttle_source_last_failure_idx ON login_throttle_source (last_failure_at);
CREATE INDEX login_throttle_address_last_failure_idx ON login_throttle_address (last_failure_at);
CREATE INDEX refresh_token_expires_idx ON refresh_token (expires_at);

-- The access log's old rows, at most batch of them, oldest first: those older than both the
-- caller's cutoff and the owner's period (at least a year), returned by id. Runs with the
-- owner's rights (SECURITY DEFINER): the only way the application role deletes from the log.
CREATE FUNCTION retention_purge_access_log(cutoff timestamptz, batch integer)
RETURNS SETOF bigint LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  WITH period AS (
    SELECT greatest(coalesce((SELECT days FROM public.retention_period WHERE kind = 'access_log'), 1826), 365) AS days
  ), picked AS (
    SELECT a.id FROM public.personal_data_access a, period
    WHERE a.at < least(cutoff, now() - make_interval(days => period.days))
    ORDER BY a.at, a.id
    LIMIT greatest(batch, 0)
    FOR UPDATE OF a SKIP LOCKED
  )
  DELETE FROM public.personal_data_access a USING picked WHERE a.id = picked.id RETURNING a.id
$$;
REVOKE ALL ON FUNCTION retention_purge_access_log(timestamptz, integer) FROM PUBLIC;
DO $r$ BEGIN IF '${application_role}' <> current_user THEN
  EXECUTE format('GRANT EXECUTE ON FUNCTION retention_purge_access_log(timestamptz, integer) TO %I', '${application_role}');
END IF; END $r$;
