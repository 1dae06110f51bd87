-- Enrolments and departures per area and day, for the month-by-month trends (issue 19). The
-- coverage ledger (coverage_delta, V7) nets starts against ends per day, so it cannot tell ten
-- enrolments and ten departures from a quiet day; this table keeps both:
--   started: memberships whose start_date is the day;
--   stopped: memberships no longer covered from the day (end_date + 1, as in coverage_delta),
-- per kecamatan (K) and kelurahan (L). So covered on the last day of a month = covered on the
-- last day of the month before + started − stopped in the month, exactly.
-- Statement-level triggers keep it exact in the same transaction as every membership change
-- (start, end, a worker's move through membership_follow_worker), one grouped upsert per
-- statement, rows locked in key order. coverage_flow_rebuild() recomputes it after bulk loads
-- that bypass triggers; coverage_flow_expected() is the definition the triggers must agree with.
CREATE TABLE coverage_flow (
  kind    char(1) NOT NULL CHECK (kind IN ('K', 'L')),
  key     text    NOT NULL,
  day     date    NOT NULL,
  started bigint  NOT NULL,
  stopped bigint  NOT NULL,
  PRIMARY KEY (kind, key, day)
);

CREATE FUNCTION coverage_flow_expected()
RETURNS TABLE (kind char(1), key text, day date, started bigint, stopped bigint)
LANGUAGE sql STABLE AS $$
  SELECT k.kind, k.key, c.day, sum(c.started)::bigint, sum(c.stopped)::bigint
  FROM membership m
  CROSS JOIN LATERAL (VALUES ('L'::char(1), m.kelurahan_code), ('K'::char(1), left(m.kelurahan_code, 8))) AS k(kind, key)
  CROSS JOIN LATERAL (VALUES (m.start_date, 1, 0), (m.end_date + 1, 0, 1)) AS c(day, started, stopped)
  WHERE c.day IS NOT NULL
  GROUP BY 1, 2, 3
$$;

CREATE FUNCTION coverage_flow_rebuild() RETURNS void LANGUAGE sql AS $$
  LOCK TABLE coverage_flow IN EXCLUSIVE MODE;
  DELETE FROM coverage_flow;
  INSERT INTO coverage_flow SELECT * FROM coverage_flow_expected();
$$;

-- Adds signed changes (one element per membership and event), summed per area and day, for the
-- kelurahan and its kecamatan alike.
CREATE FUNCTION coverage_flow_put(p_kelurahan text[], p_day date[], p_started bigint[], p_stopped bigint[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO coverage_flow AS f (kind, key, day, started, stopped)
  SELECT k.kind, k.key, u.d, sum(u.s)::bigint, sum(u.t)::bigint
  FROM unnest(p_kelurahan, p_day, p_started, p_stopped) AS u(kel, d, s, t)
  CROSS JOIN LATERAL (VALUES ('K'::char(1), left(u.kel, 8)), ('L'::char(1), u.kel)) AS k(kind, key)
  WHERE u.d IS NOT NULL
  GROUP BY 1, 2, 3 HAVING sum(u.s) <> 0 OR sum(u.t) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (kind, key, day)
  DO UPDATE SET started = f.started + excluded.started, stopped = f.stopped + excluded.stopped;
$$;

CREATE FUNCTION coverage_flow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_flow_put(array_agg(x.kel), array_agg(x.d), array_agg(x.s), array_agg(x.t))
  FROM (SELECT kelurahan_code AS kel, start_date AS d, 1::bigint AS s, 0::bigint AS t FROM new_memberships
        UNION ALL
        SELECT kelurahan_code, end_date + 1, 0, 1 FROM new_memberships WHERE end_date IS NOT NULL) x;
  RETURN NULL;
END $$;
CREATE TRIGGER coverage_flow_insert AFTER INSERT ON membership
  REFERENCING NEW TABLE AS new_memberships FOR EACH STATEMENT EXECUTE FUNCTION coverage_flow_insert();

-- Only memberships whose start, end or kelurahan changed move anything: the old events out,
-- the new ones in (an unchanged start cancels out in the grouped sum and writes nothing; an
-- absent end, day NULL, is left out by coverage_flow_put).
CREATE FUNCTION coverage_flow_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_flow_put(array_agg(x.kel), array_agg(x.d), array_agg(x.s), array_agg(x.t))
  FROM (
    WITH c AS (
      SELECT o.kelurahan_code AS old_kel, o.start_date AS old_start, o.end_date AS old_end,
             n.kelurahan_code AS new_kel, n.start_date AS new_start, n.end_date AS new_end
      FROM old_memberships o JOIN new_memberships n USING (id)
      WHERE (o.start_date, o.end_date, o.kelurahan_code) IS DISTINCT FROM (n.start_date, n.end_date, n.kelurahan_code))
    SELECT old_kel AS kel, old_start AS d, -1::bigint AS s, 0::bigint AS t FROM c
    UNION ALL SELECT old_kel, old_end + 1, 0, -1 FROM c
    UNION ALL SELECT new_kel, new_start, 1, 0 FROM c
    UNION ALL SELECT new_kel, new_end + 1, 0, 1 FROM c
  ) x;
  RETURN NULL;
END $$;
CREATE TRIGGER coverage_flow_update AFTER UPDATE ON membership
  REFERENCING OLD TABLE AS old_memberships NEW TABLE AS new_memberships FOR EACH STATEMENT
  EXECUTE FUNCTION coverage_flow_update();

CREATE FUNCTION coverage_flow_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_flow_put(array_agg(x.kel), array_agg(x.d), array_agg(x.s), array_agg(x.t))
  FROM (SELECT kelurahan_code AS kel, start_date AS d, -1::bigint AS s, 0::bigint AS t FROM old_memberships
        UNION ALL
        SELECT kelurahan_code, end_date + 1, 0, -1 FROM old_memberships WHERE end_date IS NOT NULL) x;
  RETURN NULL;
END $$;
CREATE TRIGGER coverage_flow_delete AFTER DELETE ON membership
  REFERENCING OLD TABLE AS old_memberships FOR EACH STATEMENT EXECUTE FUNCTION coverage_flow_delete();

SELECT coverage_flow_rebuild();
