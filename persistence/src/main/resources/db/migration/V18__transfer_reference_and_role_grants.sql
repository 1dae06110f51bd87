-- The bank's answer is matched by the transfer reference (berita transfer) the transfer file
-- gave each transfer, and its amount, never by a payout id alone. New references are random
-- (BatchService, Batching.newTransferReference); the items batched before this migration keep
-- the reference their transfer file already carried (derived from the payout id), so an open
-- batch's answer still matches. A payout retried in several batches keeps one reference per
-- batch item, unique within its batch.
ALTER TABLE payout_batch_item ADD COLUMN transfer_reference text;
UPDATE payout_batch_item
   SET transfer_reference = 'NGP-' || upper(substr(replace(payout_id::text, '-', ''), 21));
ALTER TABLE payout_batch_item ALTER COLUMN transfer_reference SET NOT NULL;
ALTER TABLE payout_batch_item ADD CONSTRAINT payout_batch_item_reference_length
  CHECK (length(transfer_reference) BETWEEN 8 AND 35);
CREATE UNIQUE INDEX payout_batch_item_reference_idx ON payout_batch_item (batch_id, transfer_reference);

-- Four eyes on authority (issue 13.8): a user becomes OPERATOR, APPROVER or ADMIN only when a
-- second ADMIN confirms the grant; a user created with such a role stays inactive until then
-- (activates). The one grant confirmed by its asker is the second admin, made while a single
-- active admin exists (confirmed_alone). Users from before this migration need no grant.
CREATE TABLE role_grant (
  id              uuid PRIMARY KEY,
  user_id         uuid        NOT NULL REFERENCES app_user (id),
  role            text        NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'APPROVER')),
  status          text        NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REFUSED')),
  requested_by    uuid        NOT NULL REFERENCES app_user (id),
  requested_at    timestamptz NOT NULL DEFAULT now(),
  decided_by      uuid        REFERENCES app_user (id),
  decided_at      timestamptz,
  activates       boolean     NOT NULL,
  confirmed_alone boolean     NOT NULL DEFAULT false,
  CONSTRAINT role_grant_decided CHECK ((status = 'PENDING') = (decided_by IS NULL)),
  CONSTRAINT role_grant_four_eyes CHECK (decided_by IS NULL OR decided_by <> user_id),
  CONSTRAINT role_grant_second_admin CHECK (
    decided_by IS NULL OR decided_by <> requested_by OR (confirmed_alone AND role = 'ADMIN' AND status = 'CONFIRMED'))
);
CREATE UNIQUE INDEX role_grant_one_pending_idx ON role_grant (user_id) WHERE status = 'PENDING';
CREATE INDEX role_grant_user_idx ON role_grant (user_id, id);
CREATE INDEX role_grant_status_idx ON role_grant (status, id);
