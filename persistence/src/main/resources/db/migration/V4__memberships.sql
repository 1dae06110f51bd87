-- BPJS Ketenagakerjaan memberships (JKK + JKM required, JHT optional) of registered workers.
-- The premium is never stored here: it is computed from the tariff in force each month.

CREATE TABLE membership (
  id              uuid PRIMARY KEY,
  worker_id       uuid        NOT NULL REFERENCES worker (id),
  programs        text[]      NOT NULL,
  declared_income bigint      NOT NULL CHECK (declared_income > 0),
  funding_source  text        NOT NULL REFERENCES funding_source (code),
  start_date      date        NOT NULL,
  end_date        date,
  end_reason      text,
  status          text        NOT NULL CHECK (status IN ('ACTIVE', 'ENDED', 'LAPSED')),
  version         integer     NOT NULL DEFAULT 1,
  created_by      uuid        REFERENCES app_user (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT membership_programs_known CHECK (programs <@ ARRAY['JKK', 'JKM', 'JHT'] AND programs @> ARRAY['JKK', 'JKM']),
  CONSTRAINT membership_end_matches_status CHECK ((status = 'ACTIVE') = (end_date IS NULL)),
  CONSTRAINT membership_end_after_start CHECK (end_date IS NULL OR end_date >= start_date)
);
-- At most one active membership per worker, enforced by the database under any concurrency.
CREATE UNIQUE INDEX membership_one_active_idx ON membership (worker_id) WHERE status = 'ACTIVE';
CREATE INDEX membership_worker_idx ON membership (worker_id, start_date);
CREATE INDEX membership_source_idx ON membership (funding_source, status, start_date);
