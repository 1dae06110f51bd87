-- Fewer mistakes (issue 19.6): claims, payouts and payout batches get a number people can read
-- aloud and type, KLM-2026-000123 (klaim), BYR-2026-000045 (pembayaran) and BTH-2026-000007
-- (batch transfer), instead of a UUID fragment. One PostgreSQL sequence per prefix and year
-- (WIB, of created_at) counts them: unique, never reused, and gap-tolerant — nextval is not
-- rolled back, so a transaction that rolls back after its insert skips its number for good.
-- The number is assigned by a trigger at insert, whatever inserts the row, and never changes.

-- The year's sequence of a prefix, created the first time the year needs it. The owner lends
-- exactly this (the application may create nothing): SECURITY DEFINER with a fixed search_path.
-- Two first-of-the-year inserts at once: the second waits for the first's CREATE to commit, then
-- finds the sequence there (or, if the first rolled back, creates it itself). CREATE SEQUENCE is
-- transactional: when a year's very first record rolls back, its sequence goes with it and the
-- next record of the year is number 1 again — a number nobody ever saw, so none is reused.
CREATE FUNCTION record_number_sequence(prefix text, year int) RETURNS regclass
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$fn$
DECLARE
  name text := format('record_number_%s_%s', lower(prefix), year);
  found regclass;
BEGIN
  IF prefix !~ '^[A-Z]{3}$' OR year NOT BETWEEN 2000 AND 2999 THEN
    RAISE EXCEPTION 'no record number sequence for % %', prefix, year;
  END IF;
  found := to_regclass('public.' || name);
  IF found IS NULL THEN
    BEGIN
      EXECUTE format('CREATE SEQUENCE public.%I AS bigint MINVALUE 1 NO CYCLE', name);
    EXCEPTION WHEN unique_violation OR duplicate_table THEN
      NULL; -- created meanwhile by a concurrent first-of-the-year insert
    END;
    found := to_regclass('public.' || name);
  END IF;
  RETURN found;
END
$fn$;
REVOKE ALL ON FUNCTION record_number_sequence(text, int) FROM PUBLIC;

-- PREFIX-YYYY-NNNNNN (six digits, more once a year passes 999 999).
CREATE FUNCTION record_number_format(prefix text, year int, n bigint) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$fn$
  SELECT prefix || '-' || year || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END
$fn$;

-- BEFORE INSERT: the row's number from its prefix's sequence for the WIB year of created_at
-- (always assigned here; a number the statement brings is ignored). BEFORE UPDATE: refused if changed.
CREATE FUNCTION assign_record_number() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$fn$
DECLARE
  prefix text := TG_ARGV[0];
  year int;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.number IS DISTINCT FROM OLD.number THEN
      RAISE EXCEPTION 'a record number never changes' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  year := extract(year FROM coalesce(NEW.created_at, now()) AT TIME ZONE 'Asia/Jakarta');
  NEW.number := record_number_format(prefix, year, nextval(record_number_sequence(prefix, year)));
  RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION assign_record_number() FROM PUBLIC;

ALTER TABLE claim ADD COLUMN number text;
ALTER TABLE payout ADD COLUMN number text;
ALTER TABLE payout_batch ADD COLUMN number text;

-- The rows there are: numbered by creation time within their year, and each year's sequence
-- continues after the last of them.
DO $numbers$
DECLARE
  kind record;
  y record;
BEGIN
  FOR kind IN SELECT * FROM (VALUES ('claim', 'KLM'), ('payout', 'BYR'), ('payout_batch', 'BTH')) AS k(tbl, prefix) LOOP
    EXECUTE format($sql$
      UPDATE %1$I t SET number = record_number_format(%2$L, n.year, n.seq)
      FROM (SELECT id, extract(year FROM created_at AT TIME ZONE 'Asia/Jakarta')::int AS year,
                   row_number() OVER (PARTITION BY extract(year FROM created_at AT TIME ZONE 'Asia/Jakarta')
                                      ORDER BY created_at, id) AS seq
            FROM %1$I) n
      WHERE t.id = n.id $sql$, kind.tbl, kind.prefix);
    -- This year's sequence exists from the start, so only a year's first record creates one.
    PERFORM record_number_sequence(kind.prefix, extract(year FROM now() AT TIME ZONE 'Asia/Jakarta')::int);
    FOR y IN EXECUTE format($sql$
        SELECT extract(year FROM created_at AT TIME ZONE 'Asia/Jakarta')::int AS year, count(*) AS last
        FROM %I GROUP BY 1 $sql$, kind.tbl) LOOP
      PERFORM setval(record_number_sequence(kind.prefix, y.year), y.last);
    END LOOP;
  END LOOP;
END
$numbers$;

ALTER TABLE claim ALTER COLUMN number SET NOT NULL,
  ADD CONSTRAINT claim_number_unique UNIQUE (number),
  ADD CONSTRAINT claim_number_format CHECK (number ~ '^KLM-[0-9]{4}-[0-9]{6,}$');
ALTER TABLE payout ALTER COLUMN number SET NOT NULL,
  ADD CONSTRAINT payout_number_unique UNIQUE (number),
  ADD CONSTRAINT payout_number_format CHECK (number ~ '^BYR-[0-9]{4}-[0-9]{6,}$');
ALTER TABLE payout_batch ALTER COLUMN number SET NOT NULL,
  ADD CONSTRAINT payout_batch_number_unique UNIQUE (number),
  ADD CONSTRAINT payout_batch_number_format CHECK (number ~ '^BTH-[0-9]{4}-[0-9]{6,}$');

CREATE TRIGGER claim_number BEFORE INSERT OR UPDATE OF number ON claim
  FOR EACH ROW EXECUTE FUNCTION assign_record_number('KLM');
CREATE TRIGGER payout_number BEFORE INSERT OR UPDATE OF number ON payout
  FOR EACH ROW EXECUTE FUNCTION assign_record_number('BYR');
CREATE TRIGGER payout_batch_number BEFORE INSERT OR UPDATE OF number ON payout_batch
  FOR EACH ROW EXECUTE FUNCTION assign_record_number('BTH');

-- Identical documents (issue 19.6): an upload is compared with the documents of the same claim
-- and of the worker's other claims by the SHA-256 of its clear content, which claim_document has
-- kept since V8 (sha256, hex) — sealed documents included, so nothing needs the keys here.
CREATE INDEX claim_document_digest_idx ON claim_document (sha256);
