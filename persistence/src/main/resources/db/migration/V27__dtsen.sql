-- DTSEN targeting (issue 16, item 3). Deciles are kept by NIK, not by worker: DTSEN covers
-- people the registry does not hold yet, and a worker registered later finds their decile.
-- The application role gets SELECT/INSERT/UPDATE/DELETE by V20's default privileges.

-- One row per imported extract; the file's digest makes the same file twice a no-op.
CREATE TABLE dtsen_import (
  id           uuid        PRIMARY KEY,
  extract_date date        NOT NULL,
  digest       bytea       NOT NULL,
  format       text        NOT NULL CHECK (format IN ('CSV', 'XLSX')),
  row_count    integer     NOT NULL CHECK (row_count >= 0),
  created_by   uuid        NOT NULL REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dtsen_import_digest_key UNIQUE (digest)
);
CREATE INDEX dtsen_import_recent_idx ON dtsen_import (created_at DESC, id);

-- The latest extract's decile per NIK (an older extract imported later does not overwrite a newer one).
CREATE TABLE dtsen_decile (
  nik          text     PRIMARY KEY CHECK (nik ~ '^[0-9]{16}$'),
  decile       smallint NOT NULL CHECK (decile BETWEEN 1 AND 10),
  extract_date date     NOT NULL,
  import_id    uuid     NOT NULL REFERENCES dtsen_import (id)
);
CREATE INDEX dtsen_decile_decile_idx ON dtsen_decile (decile, nik);

-- The eligibility policy per funding source: enrolment needs decile <= max_decile. No row: off.
CREATE TABLE dtsen_policy (
  funding_source text        PRIMARY KEY REFERENCES funding_source (code),
  max_decile     smallint    NOT NULL CHECK (max_decile BETWEEN 1 AND 10),
  updated_by     uuid        NOT NULL REFERENCES app_user (id),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
