-- Money: effective-dated tariffs, budgets per year and funding source, monthly premium
-- invoices (snapshots) and coverage baselines. Premiums are never stored on a membership:
-- the domain (tariff.Premiums) computes them from the tariff in force for each month.

-- One programme's contribution over a period, for every funding source (NULL) or for one.
-- valid_from/valid_to are inclusive whole months (domain.tariff.Tariff). Overlaps are refused
-- by TariffBook under a table lock taken by the one writer (POST /tariffs).
CREATE TABLE tariff (
  id                uuid PRIMARY KEY,
  program           text   NOT NULL CHECK (program IN ('JKK', 'JKM', 'JHT')),
  valid_from        date   NOT NULL,
  valid_to          date,
  funding_source    text   REFERENCES funding_source (code),
  kind              text   NOT NULL CHECK (kind IN ('RATE', 'FLAT')),
  rate_basis_points bigint,
  minimum           bigint,
  maximum           bigint,
  flat_amount       bigint,
  created_by        uuid   REFERENCES app_user (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tariff_kind_fields CHECK (
    (kind = 'RATE' AND rate_basis_points IS NOT NULL AND flat_amount IS NULL)
    OR (kind = 'FLAT' AND flat_amount IS NOT NULL AND rate_basis_points IS NULL
        AND minimum IS NULL AND maximum IS NULL)),
  CONSTRAINT tariff_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- domain.tariff.DefaultTariffs.SEED, row for row (TariffTest checks GET /tariffs against it).
INSERT INTO tariff (id, program, valid_from, kind, rate_basis_points, minimum, maximum, flat_amount) VALUES
  ('01900000-0000-7000-8000-000000000001', 'JKK', '2015-07-01', 'RATE', 100, 10000, 207000, NULL),
  ('01900000-0000-7000-8000-000000000002', 'JKM', '2015-07-01', 'FLAT', NULL, NULL, NULL, 6800),
  ('01900000-0000-7000-8000-000000000003', 'JHT', '2015-07-01', 'RATE', 200, NULL, NULL, NULL);

-- What a funding source allocates to premiums for a calendar year. Enrolment locks the row
-- (SELECT … FOR UPDATE) so that concurrent enrolments are checked one after the other.
CREATE TABLE budget (
  year           integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  funding_source text    NOT NULL REFERENCES funding_source (code),
  allocated      bigint  NOT NULL CHECK (allocated >= 0),
  version        integer NOT NULL DEFAULT 1,
  updated_by     uuid    REFERENCES app_user (id),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (year, funding_source)
);

-- Where the worker lived and what they did, kept on the membership so the coverage report is
-- one scan of one table (1M rows, p95 < 100 ms). The trigger below keeps it true when the
-- registry edits the worker, so it is a copy, never a second truth.
ALTER TABLE membership
  ADD COLUMN kelurahan_code text REFERENCES region (code),
  ADD COLUMN kecamatan_code text GENERATED ALWAYS AS (left(kelurahan_code, 8)) STORED,
  ADD COLUMN category       text REFERENCES worker_category (code);

UPDATE membership m SET kelurahan_code = w.kelurahan_code, category = w.category
FROM worker w WHERE w.id = m.worker_id;

ALTER TABLE membership ALTER COLUMN kelurahan_code SET NOT NULL, ALTER COLUMN category SET NOT NULL;

CREATE FUNCTION membership_follow_worker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE membership SET kelurahan_code = NEW.kelurahan_code, category = NEW.category
  WHERE worker_id = NEW.id
    AND (kelurahan_code IS DISTINCT FROM NEW.kelurahan_code OR category IS DISTINCT FROM NEW.category);
  RETURN NULL;
END $$;

-- A membership inserted without the copy (any writer but the enrolment use case) takes it from
-- its worker, so the copy can never be missing.
CREATE FUNCTION membership_take_worker_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kelurahan_code IS NULL OR NEW.category IS NULL THEN
    SELECT w.kelurahan_code, w.category INTO NEW.kelurahan_code, NEW.category
    FROM worker w WHERE w.id = NEW.worker_id;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER membership_takes_worker_area BEFORE INSERT ON membership
  FOR EACH ROW EXECUTE FUNCTION membership_take_worker_area();

CREATE TRIGGER worker_area_to_membership AFTER UPDATE OF kelurahan_code, category ON worker
  FOR EACH ROW WHEN (OLD.kelurahan_code IS DISTINCT FROM NEW.kelurahan_code OR OLD.category IS DISTINCT FROM NEW.category)
  EXECUTE FUNCTION membership_follow_worker();

-- Billing for a month asks "active between these dates".
CREATE INDEX membership_billing_idx ON membership (start_date, end_date);

-- The coverage report must answer in well under 100 ms over a million memberships, and one
-- aggregate over a million rows alone takes about 0.2 s. So the report reads this ledger of
-- changes instead: per report key (K kecamatan, L kelurahan, C category, F funding source) and
-- pricing group, +n on the day memberships start and -n on the day after they end. The count
-- active on a day is the sum of the changes up to that day: the monthly sums of the months
-- before (coverage_delta_month) plus the daily changes of its own month. Triggers keep both
-- exact in the same transaction as every membership change (and, through
-- membership_follow_worker, every move of a worker); coverage_delta_rebuild() recomputes them
-- from scratch after bulk loads.
CREATE TABLE coverage_delta (
  kind            char(1) NOT NULL CHECK (kind IN ('K', 'L', 'C', 'F')),
  key             text    NOT NULL,
  funding_source  text    NOT NULL,
  programs        text    NOT NULL,
  declared_income bigint  NOT NULL,
  day             date    NOT NULL,
  n               bigint  NOT NULL,
  PRIMARY KEY (kind, key, funding_source, programs, declared_income, day)
);
CREATE INDEX coverage_delta_day_idx ON coverage_delta (kind, day) INCLUDE (key, funding_source, programs, declared_income, n);

CREATE TABLE coverage_delta_month (
  kind            char(1) NOT NULL,
  key             text    NOT NULL,
  funding_source  text    NOT NULL,
  programs        text    NOT NULL,
  declared_income bigint  NOT NULL,
  month           date    NOT NULL CHECK (extract(day FROM month) = 1),
  n               bigint  NOT NULL,
  PRIMARY KEY (kind, key, funding_source, programs, declared_income, month)
);
CREATE INDEX coverage_delta_month_idx ON coverage_delta_month (kind, month)
  INCLUDE (key, funding_source, programs, declared_income, n);

CREATE FUNCTION coverage_delta_put(p_kind text, p_key text, m membership, p_day date, p_n integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_delta AS d (kind, key, funding_source, programs, declared_income, day, n)
  VALUES (p_kind, p_key, m.funding_source, array_to_string(m.programs, ','), m.declared_income, p_day, p_n)
  ON CONFLICT (kind, key, funding_source, programs, declared_income, day) DO UPDATE SET n = d.n + EXCLUDED.n;
  INSERT INTO coverage_delta_month AS d (kind, key, funding_source, programs, declared_income, month, n)
  VALUES (p_kind, p_key, m.funding_source, array_to_string(m.programs, ','), m.declared_income,
          date_trunc('month', p_day)::date, p_n)
  ON CONFLICT (kind, key, funding_source, programs, declared_income, month) DO UPDATE SET n = d.n + EXCLUDED.n;
END $$;

CREATE FUNCTION coverage_delta_add(m membership, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  k record;
BEGIN
  FOR k IN SELECT * FROM (VALUES ('K', m.kecamatan_code), ('L', m.kelurahan_code), ('C', m.category),
                                 ('F', m.funding_source)) AS t(kind, key) LOOP
    PERFORM coverage_delta_put(k.kind, k.key, m, m.start_date, sign);
    IF m.end_date IS NOT NULL THEN
      PERFORM coverage_delta_put(k.kind, k.key, m, m.end_date + 1, -sign);
    END IF;
  END LOOP;
END $$;

CREATE FUNCTION membership_to_coverage_delta() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM coverage_delta_add(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM coverage_delta_add(NEW, 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER membership_coverage_delta_insert_delete AFTER INSERT OR DELETE ON membership
  FOR EACH ROW EXECUTE FUNCTION membership_to_coverage_delta();
CREATE TRIGGER membership_coverage_delta_update AFTER UPDATE ON membership
  FOR EACH ROW WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.end_date IS DISTINCT FROM NEW.end_date
                     OR OLD.kelurahan_code IS DISTINCT FROM NEW.kelurahan_code OR OLD.category IS DISTINCT FROM NEW.category
                     OR OLD.funding_source IS DISTINCT FROM NEW.funding_source OR OLD.programs IS DISTINCT FROM NEW.programs
                     OR OLD.declared_income IS DISTINCT FROM NEW.declared_income)
  EXECUTE FUNCTION membership_to_coverage_delta();

CREATE FUNCTION coverage_delta_rebuild() RETURNS void LANGUAGE sql AS $$
  DELETE FROM coverage_delta;
  DELETE FROM coverage_delta_month;
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
$$;

SELECT coverage_delta_rebuild();

-- One invoice per month and funding source: generating a month twice creates nothing new.
CREATE TABLE premium_invoice (
  id                uuid PRIMARY KEY,
  period            date    NOT NULL CHECK (extract(day FROM period) = 1),
  funding_source    text    NOT NULL REFERENCES funding_source (code),
  status            text    NOT NULL DEFAULT 'UNPAID' CHECK (status IN ('UNPAID', 'PAID')),
  total             bigint  NOT NULL DEFAULT 0 CHECK (total >= 0),
  line_count        integer NOT NULL DEFAULT 0,
  paid_on           date,
  payment_reference text,
  version           integer NOT NULL DEFAULT 1,
  created_by        uuid    REFERENCES app_user (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT premium_invoice_period_source_key UNIQUE (period, funding_source),
  CONSTRAINT premium_invoice_paid_matches CHECK ((status = 'PAID') = (paid_on IS NOT NULL))
);

-- The snapshot: who was billed and how much, copied at generation. Later registry edits
-- never change it. The NIK is here because the BPJS branch identifies participants by it.
CREATE TABLE premium_invoice_line (
  invoice_id      uuid   NOT NULL REFERENCES premium_invoice (id),
  membership_id   uuid   NOT NULL REFERENCES membership (id),
  worker_id       uuid   NOT NULL,
  nik             text   NOT NULL,
  full_name       text   NOT NULL,
  kelurahan_code  text   NOT NULL,
  category        text   NOT NULL,
  programs        text[] NOT NULL,
  declared_income bigint NOT NULL,
  jkk             bigint NOT NULL,
  jkm             bigint NOT NULL,
  jht             bigint NOT NULL,
  amount          bigint NOT NULL CHECK (amount = jkk + jkm + jht),
  PRIMARY KEY (invoice_id, membership_id)
);
CREATE INDEX premium_invoice_line_membership_idx ON premium_invoice_line (membership_id);

-- Workforce (BPS), target and participants reported by BPJS, per area and year.
CREATE TABLE coverage_baseline (
  year                  integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  region_code           text    NOT NULL REFERENCES region (code),
  workforce             bigint  NOT NULL CHECK (workforce > 0),
  target                bigint  NOT NULL CHECK (target >= 0),
  reported_participants bigint  CHECK (reported_participants >= 0),
  version               integer NOT NULL DEFAULT 1,
  updated_by            uuid    REFERENCES app_user (id),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (year, region_code)
);
