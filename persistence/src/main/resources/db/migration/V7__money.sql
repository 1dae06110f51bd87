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

CREATE TRIGGER worker_area_to_membership AFTER UPDATE OF kelurahan_code, category ON worker
  FOR EACH ROW WHEN (OLD.kelurahan_code IS DISTINCT FROM NEW.kelurahan_code OR OLD.category IS DISTINCT FROM NEW.category)
  EXECUTE FUNCTION membership_follow_worker();

-- Coverage on a day and billing for a month both ask "active between these dates".
CREATE INDEX membership_coverage_idx ON membership (start_date, end_date)
  INCLUDE (kecamatan_code, kelurahan_code, category, funding_source, programs, declared_income);

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
