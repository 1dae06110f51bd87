-- The breach register (UU PDP 27/2022 Pasal 46; issue 17, item 6): each failure of personal data
-- protection, when it was discovered (the 3×24-hour clock runs from there), what happened and
-- what is being done, which kinds of data, its suspected source (a user, a client address, a
-- period), and when the people affected and the supervisory body were told.
CREATE TABLE breach (
  id                    uuid PRIMARY KEY,
  discovered_at         timestamptz NOT NULL,
  description           text        NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  measures              text        NOT NULL CHECK (length(measures) BETWEEN 1 AND 4000),
  data_kinds            text[]      NOT NULL CHECK (cardinality(data_kinds) > 0),
  source_user_id        uuid        REFERENCES app_user (id),
  source_ip             text,
  source_from           timestamptz,
  source_to             timestamptz,
  -- Distinct people in breach_person, fixed when the breach is recorded.
  affected              integer     NOT NULL CHECK (affected >= 0),
  subjects_notified_at  timestamptz,
  subjects_notified_by  uuid        REFERENCES app_user (id),
  authority_notified_at timestamptz,
  authority_notified_by uuid        REFERENCES app_user (id),
  recorded_by           uuid        NOT NULL REFERENCES app_user (id),
  recorded_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT breach_has_source CHECK (source_user_id IS NOT NULL OR source_ip IS NOT NULL
    OR source_from IS NOT NULL OR source_to IS NOT NULL),
  CONSTRAINT breach_period CHECK (source_from IS NULL OR source_to IS NULL OR source_from < source_to),
  CONSTRAINT breach_subjects_notified CHECK ((subjects_notified_at IS NULL) = (subjects_notified_by IS NULL)),
  CONSTRAINT breach_authority_notified CHECK ((authority_notified_at IS NULL) = (authority_notified_by IS NULL))
);
CREATE INDEX breach_discovered_idx ON breach (discovered_at DESC, id DESC);

-- The people affected, computed from the access log when the breach is recorded: every person
-- the source read in the period (a worker's or an heir's id), with how often and when. Kept with
-- the breach, so the notice's count holds after the access log's own retention.
CREATE TABLE breach_person (
  breach_id     uuid        NOT NULL REFERENCES breach (id),
  person_id     uuid        NOT NULL,
  reads         integer     NOT NULL CHECK (reads > 0),
  first_read_at timestamptz NOT NULL,
  last_read_at  timestamptz NOT NULL,
  PRIMARY KEY (breach_id, person_id)
);

-- No index on the access log's client address: a breach by address alone scans the log once,
-- rarely; an index would cost every recorded read (the hot path) an insert.
