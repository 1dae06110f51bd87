-- A month's premium invoice generation as a background job (POST /premium-invoices answers 202):
-- at province scale it outlasts any HTTP timeout. Claiming takes no lease: the generation's
-- transaction starts by locking its run (SELECT … FOR UPDATE SKIP LOCKED), holds it to the end
-- and marks it DONE in that same transaction, so DONE ⇔ the invoices are committed. An instance
-- that dies mid-way rolls back: the run is QUEUED again, unlocked, and any instance takes it up
-- (generation is idempotent: premium_invoice is unique per period and funding source).
CREATE TABLE invoice_run (
  id                uuid        PRIMARY KEY,
  period            date        NOT NULL CHECK (extract(day FROM period) = 1),
  -- Who asked, and the role they had then: the actor of the generation's audit events.
  requested_by      uuid        NOT NULL REFERENCES app_user (id),
  requested_by_role text        NOT NULL,
  status            text        NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'DONE', 'FAILED')),
  -- The invoices this run created (0 when the month had them already).
  created           integer     CHECK (created >= 0),
  -- A stable code (e.g. generation_failed), never a message: no personal data.
  error             text        CHECK (error IS NULL OR error ~ '^[a-z_]{1,64}$'),
  -- Informational, written just before a generation starts (its own statement): a QUEUED run
  -- with started_at is being generated, or its instance died and it will be started again.
  attempts          integer     NOT NULL DEFAULT 0,
  requested_at      timestamptz NOT NULL DEFAULT now(),
  started_at        timestamptz,
  finished_at       timestamptz,
  version           integer     NOT NULL DEFAULT 1,
  CONSTRAINT invoice_run_done CHECK ((status = 'DONE') = (created IS NOT NULL)),
  CONSTRAINT invoice_run_failed CHECK ((status = 'FAILED') = (error IS NOT NULL)),
  CONSTRAINT invoice_run_finished CHECK ((status = 'QUEUED') = (finished_at IS NULL))
);
-- At most one unfinished run per month: a second request while one is queued or running is
-- answered that run (double clicks, retries).
CREATE UNIQUE INDEX invoice_run_one_queued ON invoice_run (period) WHERE status = 'QUEUED';
-- The pollers' question: the oldest queued run.
CREATE INDEX invoice_run_queue_idx ON invoice_run (requested_at) WHERE status = 'QUEUED';

-- Runs are history: the application inserts and updates them, never deletes.
DO $r$ BEGIN IF '${application_role}' <> current_user THEN
  EXECUTE format('REVOKE DELETE, TRUNCATE ON invoice_run FROM %I', '${application_role}');
END IF; END $r$;
