-- Least privilege (issue 13.4). The migrations run as the schema owner; the application logs in
-- as ${application_role}: no superuser, owner of nothing (so it cannot ALTER a table, e.g. to
-- disable the audit trail's triggers), with only the grants below. With one role for both
-- (the application is the owner, an older setup) there is nothing to grant.
--
-- A later migration's tables and sequences get the same grants by the default privileges set
-- here (for objects the owner creates): it writes no GRANT. A new table the application must
-- not change (append-only, as audit_entry) revokes in its own migration, guarded as here (with
-- one role, a REVOKE would take the owner's own rights):
--   DO $r$ BEGIN IF '${application_role}' <> current_user THEN
--     EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON new_table FROM %I', '${application_role}');
--   END IF; END $r$;
DO $grants$
DECLARE
  app text := '${application_role}';
BEGIN
  IF app = current_user THEN
    RAISE NOTICE 'the application runs as the schema owner %: no grants', app;
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app) THEN
    RAISE EXCEPTION 'the application role % does not exist: create it first (README.md, Database roles)', app;
  END IF;
  -- Before PostgreSQL 15 everyone may create objects in public: only the owner may.
  REVOKE CREATE ON SCHEMA public FROM PUBLIC;
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
  -- Functions need no grant: PostgreSQL lets PUBLIC execute them (and a SECURITY DEFINER
  -- function, which would need care, is none of ours).
  -- The trail: entries are appended and read, never changed; the head row is locked and moved
  -- by every append (SELECT … FOR UPDATE, UPDATE), never deleted.
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM %I', app);
  EXECUTE format('REVOKE INSERT, DELETE, TRUNCATE ON audit_head FROM %I', app);
  -- The migrations' own history is the owner's business.
  EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
  -- An import re-samples the worker table for the planner (ANALYZE): PostgreSQL 17's MAINTAIN
  -- allows it without ownership; before 17 the ANALYZE is skipped with a warning.
  IF current_setting('server_version_num')::int >= 170000 THEN
    EXECUTE format('GRANT MAINTAIN ON worker TO %I', app);
  END IF;
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
END
$grants$;
