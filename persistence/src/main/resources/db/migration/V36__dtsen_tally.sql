-- DTSEN targeting answered from kept counts (issue 16, "Speed": eligible but not covered per
-- kelurahan over 1,000,000 workers in under 200 ms). Counting workers joined to their deciles and
-- memberships took about 1.3 s a request; this table holds, per kelurahan and decile, how many
-- workers are registered and how many of them have an active membership. Statement-level
-- triggers keep it exact in the same transaction as every change of a worker (kelurahan, NIK),
-- a decile or a membership's status, one grouped upsert per statement, rows locked in key order.
-- dtsen_tally_rebuild() recomputes it from scratch after bulk loads that bypass nothing but want
-- a clean start; dtsen_tally_expected() is the definition the triggers must agree with.

CREATE TABLE dtsen_tally (
  kelurahan_code text     NOT NULL,
  decile         smallint NOT NULL CHECK (decile BETWEEN 0 AND 10), -- 0: no decile known for the NIK
  registered     bigint   NOT NULL,
  covered        bigint   NOT NULL,
  PRIMARY KEY (kelurahan_code, decile)
);

CREATE FUNCTION dtsen_tally_expected()
RETURNS TABLE (kelurahan_code text, decile smallint, registered bigint, covered bigint)
LANGUAGE sql STABLE AS $$
  SELECT w.kelurahan_code, coalesce(d.decile, 0)::smallint, count(*), count(m.id)
  FROM worker w LEFT JOIN dtsen_decile d ON d.nik = w.nik
  LEFT JOIN membership m ON m.worker_id = w.id AND m.status = 'ACTIVE'
  GROUP BY 1, 2
$$;

CREATE FUNCTION dtsen_tally_rebuild() RETURNS void LANGUAGE sql AS $$
  LOCK TABLE dtsen_tally IN EXCLUSIVE MODE;
  DELETE FROM dtsen_tally;
  INSERT INTO dtsen_tally SELECT * FROM dtsen_tally_expected();
$$;

-- Adds signed changes (one element per changed worker and bucket), summed per bucket.
CREATE FUNCTION dtsen_tally_put(p_kelurahan text[], p_decile smallint[], p_registered bigint[], p_covered bigint[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO dtsen_tally AS t (kelurahan_code, decile, registered, covered)
  SELECT k, d, sum(r)::bigint, sum(c)::bigint FROM unnest(p_kelurahan, p_decile, p_registered, p_covered) AS u(k, d, r, c)
  GROUP BY k, d HAVING sum(r) <> 0 OR sum(c) <> 0 ORDER BY k, d
  ON CONFLICT (kelurahan_code, decile)
  DO UPDATE SET registered = t.registered + excluded.registered, covered = t.covered + excluded.covered;
$$;

-- 1 when the worker has an active membership now (at most one: membership_one_active_idx).
CREATE FUNCTION dtsen_tally_covered(p_worker uuid) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT count(*) FROM membership m WHERE m.worker_id = p_worker AND m.status = 'ACTIVE'
$$;

-- Workers: a new worker has no membership yet (the foreign key needs the worker first).
CREATE FUNCTION dtsen_tally_worker_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_put(array_agg(n.kelurahan_code), array_agg(coalesce(d.decile, 0)::smallint),
                          array_agg(1::bigint), array_agg(0::bigint))
  FROM new_workers n LEFT JOIN dtsen_decile d ON d.nik = n.nik;
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_worker_insert AFTER INSERT ON worker
  REFERENCING NEW TABLE AS new_workers FOR EACH STATEMENT EXECUTE FUNCTION dtsen_tally_worker_insert();

CREATE FUNCTION dtsen_tally_worker_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_put(array_agg(c.k), array_agg(c.d), array_agg(c.r), array_agg(c.c))
  FROM (
    SELECT o.kelurahan_code AS k, coalesce(od.decile, 0)::smallint AS d, -1::bigint AS r,
           -dtsen_tally_covered(n.id) AS c
    FROM old_workers o JOIN new_workers n ON n.id = o.id LEFT JOIN dtsen_decile od ON od.nik = o.nik
    WHERE o.kelurahan_code IS DISTINCT FROM n.kelurahan_code OR o.nik IS DISTINCT FROM n.nik
    UNION ALL
    SELECT n.kelurahan_code, coalesce(nd.decile, 0)::smallint, 1, dtsen_tally_covered(n.id)
    FROM old_workers o JOIN new_workers n ON n.id = o.id LEFT JOIN dtsen_decile nd ON nd.nik = n.nik
    WHERE o.kelurahan_code IS DISTINCT FROM n.kelurahan_code OR o.nik IS DISTINCT FROM n.nik
  ) c;
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_worker_update AFTER UPDATE ON worker
  REFERENCING OLD TABLE AS old_workers NEW TABLE AS new_workers FOR EACH STATEMENT
  EXECUTE FUNCTION dtsen_tally_worker_update();

CREATE FUNCTION dtsen_tally_worker_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_put(array_agg(o.kelurahan_code), array_agg(coalesce(d.decile, 0)::smallint),
                          array_agg(-1::bigint), array_agg(-dtsen_tally_covered(o.id)))
  FROM old_workers o LEFT JOIN dtsen_decile d ON d.nik = o.nik;
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_worker_delete AFTER DELETE ON worker
  REFERENCING OLD TABLE AS old_workers FOR EACH STATEMENT EXECUTE FUNCTION dtsen_tally_worker_delete();

-- Deciles: the workers holding the NIK move from one decile's bucket to another (0 = none).
-- The NIK is dtsen_decile's key and is never updated, so old and new rows pair by it.
-- Each function below lists (nik, decile bucket, +1 or -1); dtsen_tally_decile_put adds the workers
-- holding those NIKs to or from the buckets.
CREATE FUNCTION dtsen_tally_decile_put(p_niks text[], p_deciles smallint[], p_signs bigint[]) RETURNS void
LANGUAGE sql AS $$
  SELECT dtsen_tally_put(array_agg(w.kelurahan_code), array_agg(x.decile), array_agg(x.sign),
                         array_agg(x.sign * dtsen_tally_covered(w.id)))
  FROM unnest(p_niks, p_deciles, p_signs) AS x(nik, decile, sign) JOIN worker w ON w.nik = x.nik;
$$;

CREATE FUNCTION dtsen_tally_decile_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_decile_put(array_agg(x.nik), array_agg(x.decile), array_agg(x.sign))
  FROM (SELECT nik, 0::smallint AS decile, -1::bigint AS sign FROM new_deciles
        UNION ALL SELECT nik, decile, 1 FROM new_deciles) x;
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_decile_insert AFTER INSERT ON dtsen_decile
  REFERENCING NEW TABLE AS new_deciles FOR EACH STATEMENT EXECUTE FUNCTION dtsen_tally_decile_insert();

CREATE FUNCTION dtsen_tally_decile_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_decile_put(array_agg(x.nik), array_agg(x.decile), array_agg(x.sign))
  FROM (SELECT o.nik, o.decile, -1::bigint AS sign FROM old_deciles o JOIN new_deciles n USING (nik)
        WHERE o.decile <> n.decile
        UNION ALL SELECT n.nik, n.decile, 1 FROM old_deciles o JOIN new_deciles n USING (nik)
        WHERE o.decile <> n.decile) x;
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_decile_update AFTER UPDATE ON dtsen_decile
  REFERENCING OLD TABLE AS old_deciles NEW TABLE AS new_deciles FOR EACH STATEMENT
  EXECUTE FUNCTION dtsen_tally_decile_update();

CREATE FUNCTION dtsen_tally_decile_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_decile_put(array_agg(x.nik), array_agg(x.decile), array_agg(x.sign))
  FROM (SELECT nik, decile, -1::bigint AS sign FROM old_deciles
        UNION ALL SELECT nik, 0::smallint, 1 FROM old_deciles) x;
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_decile_delete AFTER DELETE ON dtsen_decile
  REFERENCING OLD TABLE AS old_deciles FOR EACH STATEMENT EXECUTE FUNCTION dtsen_tally_decile_delete();

-- Memberships: a worker is covered while one of its memberships is ACTIVE.
CREATE FUNCTION dtsen_tally_membership_put(p_workers uuid[], p_signs bigint[]) RETURNS void LANGUAGE sql AS $$
  SELECT dtsen_tally_put(array_agg(w.kelurahan_code), array_agg(coalesce(d.decile, 0)::smallint),
                         array_agg(0::bigint), array_agg(x.sign))
  FROM unnest(p_workers, p_signs) AS x(worker_id, sign)
  JOIN worker w ON w.id = x.worker_id LEFT JOIN dtsen_decile d ON d.nik = w.nik
  WHERE x.sign <> 0;
$$;

CREATE FUNCTION dtsen_tally_membership_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_membership_put(array_agg(worker_id), array_agg(1::bigint))
  FROM new_memberships WHERE status = 'ACTIVE';
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_membership_insert AFTER INSERT ON membership
  REFERENCING NEW TABLE AS new_memberships FOR EACH STATEMENT EXECUTE FUNCTION dtsen_tally_membership_insert();

CREATE FUNCTION dtsen_tally_membership_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_membership_put(array_agg(x.worker_id), array_agg(x.sign))
  FROM (
    SELECT n.worker_id, CASE WHEN n.status = 'ACTIVE' THEN 1::bigint WHEN o.status = 'ACTIVE' THEN -1 ELSE 0 END AS sign
    FROM old_memberships o JOIN new_memberships n USING (id)
    WHERE o.status IS DISTINCT FROM n.status
  ) x;
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_membership_update AFTER UPDATE ON membership
  REFERENCING OLD TABLE AS old_memberships NEW TABLE AS new_memberships FOR EACH STATEMENT
  EXECUTE FUNCTION dtsen_tally_membership_update();

CREATE FUNCTION dtsen_tally_membership_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_membership_put(array_agg(worker_id), array_agg(-1::bigint))
  FROM old_memberships WHERE status = 'ACTIVE';
  RETURN NULL;
END $$;
CREATE TRIGGER dtsen_tally_membership_delete AFTER DELETE ON membership
  REFERENCING OLD TABLE AS old_memberships FOR EACH STATEMENT EXECUTE FUNCTION dtsen_tally_membership_delete();

SELECT dtsen_tally_rebuild();
