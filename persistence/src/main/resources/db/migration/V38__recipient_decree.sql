-- The recipient decree (issue 16, item 1): per budget year and funding source, the cohort of
-- workers the source pays for (SK Wali Kota), changes during the year under four eyes, the
-- yearly re-verification and audited exceptions. The application role gets its grants by V20's
-- default privileges.

-- Whether a source pays only for its decree's cohort. The requirement bites only once the
-- source HAS a decree for the enrolment's year: a city that has not entered its decree yet
-- enrols as before.
ALTER TABLE funding_source ADD COLUMN requires_decree boolean NOT NULL DEFAULT false;
UPDATE funding_source SET requires_decree = true WHERE code IN ('APBD', 'DBHCHT');

CREATE TABLE decree (
  id             uuid        PRIMARY KEY,
  funding_source text        NOT NULL REFERENCES funding_source (code),
  year           integer     NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  number         text        NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
  decree_date    date        NOT NULL,
  earmark_rule   text        CHECK (length(earmark_rule) <= 500),
  basis          text        NOT NULL CHECK (basis IN ('ACTIVE_MEMBERSHIPS', 'REVERIFIED')),
  reverification_id uuid,
  created_by     uuid        NOT NULL REFERENCES app_user (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT decree_one_per_year UNIQUE (funding_source, year),
  CONSTRAINT decree_basis_source CHECK ((basis = 'REVERIFIED') = (reverification_id IS NOT NULL))
);
CREATE INDEX decree_recent_idx ON decree (year DESC, funding_source);

-- The cohort: who is in the decree, with the category and kelurahan they were in it for
-- (re-verification compares them with the registry's). A removal keeps the row.
CREATE TABLE decree_member (
  decree_id      uuid        NOT NULL REFERENCES decree (id),
  worker_id      uuid        NOT NULL REFERENCES worker (id),
  category       text        NOT NULL,
  kelurahan_code text        NOT NULL,
  added_change   uuid,
  removed_change uuid,
  removed_at     timestamptz,
  PRIMARY KEY (decree_id, worker_id),
  CONSTRAINT decree_member_removed CHECK ((removed_at IS NULL) = (removed_change IS NULL))
);
CREATE INDEX decree_member_worker_idx ON decree_member (worker_id);

CREATE TABLE decree_change (
  id            uuid        PRIMARY KEY,
  decree_id     uuid        NOT NULL REFERENCES decree (id),
  worker_id     uuid        NOT NULL REFERENCES worker (id),
  kind          text        NOT NULL CHECK (kind IN ('ADD', 'REMOVE')),
  reason        text        NOT NULL,
  note          text        CHECK (length(note) <= 1000),
  status        text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  created_by    uuid        NOT NULL REFERENCES app_user (id),
  created_at    timestamptz NOT NULL,
  decided_by    uuid        REFERENCES app_user (id),
  decided_at    timestamptz,
  decision_note text,
  version       integer     NOT NULL DEFAULT 1,
  CONSTRAINT decree_change_four_eyes CHECK (decided_by IS NULL OR decided_by <> created_by),
  CONSTRAINT decree_change_decided CHECK ((status = 'PENDING') = (decided_by IS NULL))
);
-- At most one change of a worker waits per decree, under any concurrency.
CREATE UNIQUE INDEX decree_change_one_pending_idx ON decree_change (decree_id, worker_id) WHERE status = 'PENDING';
CREATE INDEX decree_change_inbox_idx ON decree_change (status, created_at, id);

-- An enrolment allowed outside the decree, by name, with its reason (also in the audit trail).
CREATE TABLE decree_exception (
  decree_id  uuid        NOT NULL REFERENCES decree (id),
  worker_id  uuid        NOT NULL REFERENCES worker (id),
  reason     text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  created_by uuid        NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (decree_id, worker_id)
);

-- A re-verification of a decree's cohort, and each worker's result.
CREATE TABLE reverification (
  id          uuid        PRIMARY KEY,
  decree_id   uuid        NOT NULL REFERENCES decree (id),
  checked     integer     NOT NULL CHECK (checked >= 0),
  verified    integer     NOT NULL CHECK (verified >= 0),
  created_by  uuid        NOT NULL REFERENCES app_user (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reverification_decree_idx ON reverification (decree_id, created_at DESC);
ALTER TABLE decree ADD CONSTRAINT decree_reverification_fk FOREIGN KEY (reverification_id) REFERENCES reverification (id);

CREATE TABLE reverification_result (
  reverification_id uuid   NOT NULL REFERENCES reverification (id),
  worker_id         uuid   NOT NULL REFERENCES worker (id),
  reasons           text[] NOT NULL,
  PRIMARY KEY (reverification_id, worker_id)
);
