-- Imports re-sample the worker table for the planner (ANALYZE). ANALYZE needs the table's owner
-- (or, from PostgreSQL 17, the MAINTAIN privilege V20 grants there); the application owns
-- nothing, so on PostgreSQL 15 and 16 its ANALYZE was skipped with a warning and the planner ran
-- on the statistics of before the import until autovacuum came by. The owner lends exactly this
-- one statement through a SECURITY DEFINER function, the same on every supported version.
CREATE FUNCTION analyze_worker() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$fn$
BEGIN
  ANALYZE public.worker;
END
$fn$;
REVOKE ALL ON FUNCTION analyze_worker() FROM PUBLIC;
DO $g$ BEGIN IF '${application_role}' <> current_user THEN
  EXECUTE format('GRANT EXECUTE ON FUNCTION analyze_worker() TO %I', '${application_role}');
END IF; END $g$;
