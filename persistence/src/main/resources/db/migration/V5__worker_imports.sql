-- Bulk worker imports: the uploaded file (in chunks, so any instance can process or resume it),
-- the job with its progress and lease, and the rows it refused.

CREATE TABLE worker_import (
  id              uuid PRIMARY KEY,
  -- RECEIVING: the upload is still streaming in (never shown to clients).
  status          text        NOT NULL CHECK (status IN ('RECEIVING', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  format          text        NOT NULL CHECK (format IN ('CSV', 'XLSX')),
  size_bytes      bigint      NOT NULL DEFAULT 0,
  created_by      uuid        NOT NULL REFERENCES app_user (id),
  created_by_role text        NOT NULL,
  -- A field officer's kelurahan when the file was uploaded; NULL = the whole city.
  scope_kelurahan text[],
  total           integer,
  processed       integer     NOT NULL DEFAULT 0,
  inserted        integer     NOT NULL DEFAULT 0,
  duplicates      integer     NOT NULL DEFAULT 0,
  failed          integer     NOT NULL DEFAULT 0,
  -- The file's row number (header = 1) of the last row of the last committed batch: a resumed
  -- job continues right after it.
  last_row        integer     NOT NULL DEFAULT 1,
  error_code      text,
  error_message   text,
  -- Who is working on it and until when; a RUNNING job whose lease ran out is taken over.
  lease_owner     text,
  lease_until     timestamptz,
  attempts        integer     NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  started_at      timestamptz,
  finished_at     timestamptz
);
-- The pollers' question: what is queued, or running with an expired lease, oldest first.
CREATE INDEX worker_import_work_idx ON worker_import (created_at) WHERE status IN ('QUEUED', 'RUNNING', 'RECEIVING');

-- The file, ~1 MiB per row. Deleted when the job ends; the counts and errors stay.
CREATE TABLE worker_import_chunk (
  import_id uuid    NOT NULL REFERENCES worker_import (id) ON DELETE CASCADE,
  seq       integer NOT NULL,
  data      bytea   NOT NULL,
  PRIMARY KEY (import_id, seq)
);
-- Already compressed (XLSX) or quickly read back whole: skip TOAST compression on the way in.
ALTER TABLE worker_import_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

-- One line per failing field of a refused row; never the NIK itself.
CREATE TABLE worker_import_error (
  import_id  uuid     NOT NULL REFERENCES worker_import (id) ON DELETE CASCADE,
  row_number integer  NOT NULL,
  ordinal    smallint NOT NULL,
  field      text     NOT NULL,
  code       text     NOT NULL,
  message    text     NOT NULL,
  PRIMARY KEY (import_id, row_number, ordinal)
);
