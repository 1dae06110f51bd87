-- Every read of personal data on record (UU PDP 27/2022; issue 17, item 3): who (user, role),
-- which people, which fields in full, for what purpose, when, from where. One row per request:
-- a list page is one row with its people as an array, so recording costs one small insert.
-- Like the audit trail, nobody edits it: the application role may only INSERT and SELECT (the
-- REVOKE below), and an UPDATE is refused for everyone (the trigger). Deleting rows past their
-- retention (retention_period below) is the owner's job, not the application's.
CREATE TABLE personal_data_access (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL,
  user_id     uuid        NOT NULL,
  role        text        NOT NULL,
  kind        text        NOT NULL CHECK (kind IN ('REVEAL', 'DETAIL', 'LOOKUP', 'SEARCH', 'EXPORT', 'DOWNLOAD')),
  person_ids  uuid[]      NOT NULL,
  fields      text[]      NOT NULL,
  purpose     text        CHECK (purpose IN ('VERIFICATION', 'CLAIM_FILING', 'BPJS_REGISTRATION', 'PAYOUT', 'CORRECTION')),
  client_ip   text        NOT NULL,
  -- What was read beyond people: the export's name, a document's id. Never a NIK or a search text.
  detail      jsonb,
  CONSTRAINT personal_data_access_reveal_has_purpose CHECK (kind <> 'REVEAL' OR purpose IS NOT NULL)
);
-- By person: "who read this person" (array containment uses the GIN index).
CREATE INDEX personal_data_access_person_idx ON personal_data_access USING gin (person_ids);
CREATE INDEX personal_data_access_user_idx ON personal_data_access (user_id, id);
CREATE INDEX personal_data_access_at_idx ON personal_data_access (at);

CREATE FUNCTION personal_data_access_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'personal_data_access is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER personal_data_access_no_update BEFORE UPDATE ON personal_data_access
  FOR EACH ROW EXECUTE FUNCTION personal_data_access_no_update();

DO $r$ BEGIN IF '${application_role}' <> current_user THEN
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON personal_data_access FROM %I', '${application_role}');
END IF; END $r$;

-- How long each kind of record is kept (issue 17, item 5 adds kinds and the job that deletes).
-- The access log: five years, long enough to answer a data subject's access request and to
-- investigate a breach found late.
CREATE TABLE retention_period (
  kind text PRIMARY KEY,
  days integer NOT NULL CHECK (days >= 1)
);
INSERT INTO retention_period (kind, days) VALUES ('personal_data_access', 1826);
