-- The coverage report's running total (issue 20: a province's 8,662 kelurahan). Until now the
-- count active on a day summed every month's changes before it (coverage_delta_month), so the
-- rows read per request grew with areas × pricing groups × months. coverage_total holds, per
-- kind, key and pricing group, the sum of every change dated before the fold month
-- (coverage_fold.month, a first of the month): the count active on that first. A report on a
-- day of month M then reads the total, the months between the fold month and M (added when M
-- is later, taken off when it is earlier) and M's own days: one row per group plus a month or
-- two, whatever the history's length.
--
-- Exact in the same transaction as every change: coverage_delta_put (every membership change,
-- through V7's triggers) also adds a change dated before the fold month to the total. The fold
-- (coverage_fold_to, run by the server's housekeeping once a month starts) adds the folded
-- months and moves the fold month. The two never interleave: a change locks the fold row FOR
-- SHARE before it reads the fold month, the fold locks it FOR UPDATE (waiting for every change
-- in flight to commit) before it sums; a change that comes after waits for the fold and then
-- reads the new month (READ COMMITTED: the next statement's snapshot).
CREATE TABLE coverage_fold (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  month    date    NOT NULL CHECK (extract(day FROM month) = 1)
);

CREATE TABLE coverage_total (
  kind            char(1) NOT NULL,
  key             text    NOT NULL,
  funding_source  text    NOT NULL,
  programs        text    NOT NULL,
  declared_income bigint  NOT NULL,
  n               bigint  NOT NULL,
  PRIMARY KEY (kind, key, funding_source, programs, declared_income)
);

CREATE OR REPLACE FUNCTION coverage_delta_put(p_kind text, p_key text, m membership, p_day date, p_n integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  folded date;
BEGIN
  SELECT month INTO folded FROM coverage_fold FOR SHARE;
  INSERT INTO coverage_delta AS d (kind, key, funding_source, programs, declared_income, day, n)
  VALUES (p_kind, p_key, m.funding_source, array_to_string(m.programs, ','), m.declared_income, p_day, p_n)
  ON CONFLICT (kind, key, funding_source, programs, declared_income, day) DO UPDATE SET n = d.n + EXCLUDED.n;
  INSERT INTO coverage_delta_month AS d (kind, key, funding_source, programs, declared_income, month, n)
  VALUES (p_kind, p_key, m.funding_source, array_to_string(m.programs, ','), m.declared_income,
          date_trunc('month', p_day)::date, p_n)
  ON CONFLICT (kind, key, funding_source, programs, declared_income, month) DO UPDATE SET n = d.n + EXCLUDED.n;
  IF p_day < folded THEN
    INSERT INTO coverage_total AS t (kind, key, funding_source, programs, declared_income, n)
    VALUES (p_kind, p_key, m.funding_source, array_to_string(m.programs, ','), m.declared_income, p_n)
    ON CONFLICT (kind, key, funding_source, programs, declared_income) DO UPDATE SET n = t.n + EXCLUDED.n;
  END IF;
END $$;

-- Folds every month before p_month (a first of the month) into the total; a fold month at or
-- past it is left alone (false). Any instance may call it at any time, as often as it likes.
CREATE FUNCTION coverage_fold_to(p_month date) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  folded date;
BEGIN
  IF p_month IS NULL OR extract(day FROM p_month) <> 1 THEN
    RAISE EXCEPTION 'coverage_fold_to: % is not the first of a month', p_month USING ERRCODE = '22023';
  END IF;
  SELECT month INTO folded FROM coverage_fold FOR UPDATE;
  IF p_month <= folded THEN
    RETURN false;
  END IF;
  INSERT INTO coverage_total AS t (kind, key, funding_source, programs, declared_income, n)
  SELECT kind, key, funding_source, programs, declared_income, sum(n) FROM coverage_delta_month
  WHERE month >= folded AND month < p_month
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(n) <> 0
  ON CONFLICT (kind, key, funding_source, programs, declared_income) DO UPDATE SET n = t.n + EXCLUDED.n;
  DELETE FROM coverage_total WHERE n = 0;
  UPDATE coverage_fold SET month = p_month;
  RETURN true;
END $$;

-- After bulk loads (row triggers off): the ledgers and the total from the memberships, folded to
-- the fold month as it stands.
CREATE OR REPLACE FUNCTION coverage_delta_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  folded date;
BEGIN
  SELECT month INTO folded FROM coverage_fold FOR UPDATE;
  DELETE FROM coverage_delta;
  DELETE FROM coverage_delta_month;
  DELETE FROM coverage_total;
  INSERT INTO coverage_delta (kind, key, funding_source, programs, declared_income, day, n)
  SELECT kind, key, funding_source, programs, declared_income, day, sum(n)
  FROM (
    SELECT k.kind, k.key, m.funding_source, array_to_string(m.programs, ',') AS programs, m.declared_income, c.day, c.n
    FROM membership m
    CROSS JOIN LATERAL (VALUES ('K', m.kecamatan_code), ('L', m.kelurahan_code), ('C', m.category),
                               ('F', m.funding_source)) AS k(kind, key)
    CROSS JOIN LATERAL (VALUES (m.start_date, 1), (m.end_date + 1, -1)) AS c(day, n)
    WHERE c.day IS NOT NULL
  ) changes
  GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO coverage_delta_month (kind, key, funding_source, programs, declared_income, month, n)
  SELECT kind, key, funding_source, programs, declared_income, date_trunc('month', day)::date, sum(n)
  FROM coverage_delta GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO coverage_total (kind, key, funding_source, programs, declared_income, n)
  SELECT kind, key, funding_source, programs, declared_income, sum(n) FROM coverage_delta_month
  WHERE month < folded
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(n) <> 0;
END $$;

-- Folded to this month (the database's calendar; the server folds by Jakarta's from then on).
INSERT INTO coverage_fold (month) VALUES (date_trunc('month', current_date)::date);
INSERT INTO coverage_total (kind, key, funding_source, programs, declared_income, n)
SELECT kind, key, funding_source, programs, declared_income, sum(n) FROM coverage_delta_month
WHERE month < (SELECT month FROM coverage_fold)
GROUP BY 1, 2, 3, 4, 5
HAVING sum(n) <> 0;

-- The fold row is moved, never added or taken away.
DO $r$ BEGIN IF '${application_role}' <> current_user THEN
  EXECUTE format('REVOKE INSERT, DELETE, TRUNCATE ON coverage_fold FROM %I', '${application_role}');
END IF; END $r$;
