-- Claims with their documents, payouts under maker–checker, and disbursement batches.
-- Status changes are conditional updates (WHERE status = ANY(...) AND version = ...); the
-- constraints below are the database's own guard for the rules no race may break.

CREATE TABLE claim (
  id                 uuid PRIMARY KEY,
  worker_id          uuid        NOT NULL REFERENCES worker (id),
  type               text        NOT NULL CHECK (type IN ('JKM_DEATH', 'JKK_DEATH', 'JKK_MEDICAL')),
  incident_date      date        NOT NULL,
  description        text        NOT NULL,
  medical_costs      bigint      CHECK (medical_costs IS NULL OR medical_costs > 0),
  traffic_accident   boolean     NOT NULL DEFAULT false,
  status             text        NOT NULL CHECK (status IN ('SUBMITTED', 'VERIFIED', 'REJECTED', 'PAID')),
  -- Computed by the domain rules at filing: {eligible, reasons:[{code,message}]}.
  eligibility        jsonb       NOT NULL,
  eligible           boolean     NOT NULL,
  -- Entitlement breakdown [{code,label,labelEn,amount,regulation,flagged}] and its cash total.
  entitlement_lines  jsonb       NOT NULL,
  entitlement_total  bigint      NOT NULL CHECK (entitlement_total >= 0),
  required_documents text[]      NOT NULL,
  rejection_reason   text,
  decided_by         uuid        REFERENCES app_user (id),
  decided_at         timestamptz,
  version            integer     NOT NULL DEFAULT 1,
  created_by         uuid        NOT NULL REFERENCES app_user (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT claim_reason_when_rejected CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
-- A worker dies once: at most one eligible, not rejected death claim. Filing locks the worker
-- row and files later death claims as ineligible (already_claimed_death); this index is the
-- backstop should any path forget the lock.
CREATE UNIQUE INDEX claim_one_death_per_worker_idx ON claim (worker_id)
  WHERE type IN ('JKM_DEATH', 'JKK_DEATH') AND eligible AND status <> 'REJECTED';
CREATE INDEX claim_worker_idx ON claim (worker_id);
CREATE INDEX claim_status_idx ON claim (status, id);

-- Supporting documents, bytes kept in the database (one backup holds everything).
CREATE TABLE claim_document (
  id           uuid PRIMARY KEY,
  claim_id     uuid        NOT NULL REFERENCES claim (id),
  kind         text        NOT NULL CHECK (kind IN ('KTP_MEMBER', 'KTP_HEIR', 'DEATH_CERTIFICATE', 'FAMILY_CARD',
                 'HEIR_LETTER', 'MARRIAGE_BOOK', 'BANK_BOOK', 'NPWP', 'ACCIDENT_FORM', 'INCIDENT_REPORT',
                 'WITNESS_KTP', 'POLICE_REPORT', 'MEDICAL_RECEIPTS')),
  content_type text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size         integer     NOT NULL CHECK (size > 0 AND size <= 10485760),
  sha256       text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea       NOT NULL,
  uploaded_by  uuid        NOT NULL REFERENCES app_user (id),
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT claim_document_size_matches CHECK (octet_length(content) = size)
);
CREATE INDEX claim_document_claim_idx ON claim_document (claim_id, id);

CREATE TABLE payout_batch (
  id            uuid PRIMARY KEY,
  status        text        NOT NULL CHECK (status IN ('OPEN', 'RECONCILED')),
  version       integer     NOT NULL DEFAULT 1,
  created_by    uuid        NOT NULL REFERENCES app_user (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  reconciled_at timestamptz
);

-- heir_id is not a foreign key: an heir list is replaced as a whole (new ids) when it is
-- edited, and a payout must keep naming who it went to. The name and relationship are kept.
CREATE TABLE payout (
  id                uuid PRIMARY KEY,
  claim_id          uuid        NOT NULL REFERENCES claim (id),
  heir_id           uuid        NOT NULL,
  heir_name         text        NOT NULL,
  heir_relationship text        NOT NULL,
  bank_code         text        NOT NULL,
  account_number    text        NOT NULL CHECK (account_number ~ '^[0-9]+$'),
  account_name      text        NOT NULL,
  amount            bigint      NOT NULL CHECK (amount > 0),
  status            text        NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'PAID', 'FAILED', 'CANCELLED')),
  created_by        uuid        NOT NULL REFERENCES app_user (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  decided_by        uuid        REFERENCES app_user (id),
  decided_at        timestamptz,
  decision_reason   text,
  -- The batch it is (last) in; NULL until batched.
  batch_id          uuid        REFERENCES payout_batch (id),
  bank_reference    text,
  version           integer     NOT NULL DEFAULT 1,
  -- Four eyes, in the database too: whoever approved or rejected is never whoever created
  -- (cancelling a failed transfer is not such a decision).
  CONSTRAINT payout_four_eyes CHECK (status = 'CANCELLED' OR decided_by IS NULL OR decided_by <> created_by)
);
CREATE INDEX payout_claim_idx ON payout (claim_id);
CREATE INDEX payout_status_idx ON payout (status, id);

-- Which payouts went into which batch, and what the bank answered for each. An item is open
-- until reconciled; a payout is in at most one open batch, whatever the application does.
CREATE TABLE payout_batch_item (
  batch_id       uuid NOT NULL REFERENCES payout_batch (id),
  payout_id      uuid NOT NULL REFERENCES payout (id),
  amount         bigint NOT NULL CHECK (amount > 0),
  outcome        text CHECK (outcome IS NULL OR outcome IN ('PAID', 'FAILED')),
  bank_reference text,
  PRIMARY KEY (batch_id, payout_id)
);
CREATE UNIQUE INDEX payout_batch_item_one_open_idx ON payout_batch_item (payout_id) WHERE outcome IS NULL;
