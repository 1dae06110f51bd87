-- Identifiers encrypted at rest (issue 17, item 1), step 3 of 3: V42 sealed every identifier
-- into V41's columns; the clear columns go, and uniqueness, lookups, prefix search and the DTSEN
-- counts move onto the blind index (nik_hash), the clear region code and the keyed prefixes.
-- What each index tells whoever reads the database is in docs/ARCHITECTURE.md ("Data at rest").

-- Workers: the NIK is unique by its blind index (the constraint keeps its name: PgErrors maps
-- worker_nik_key to duplicate_nik). Prefix search: 2, 4 or 6 digits by the region code, 8, 10
-- or 12 by the keyed prefixes, 16 by the blind index, each with the id for keyset paging.
ALTER TABLE worker DROP COLUMN nik, DROP COLUMN phone;
ALTER TABLE worker
  ALTER COLUMN nik_cipher SET NOT NULL,
  ALTER COLUMN nik_hash SET NOT NULL,
  ALTER COLUMN nik_region SET NOT NULL,
  ALTER COLUMN nik_p8 SET NOT NULL,
  ALTER COLUMN nik_p10 SET NOT NULL,
  ALTER COLUMN nik_p12 SET NOT NULL,
  ADD CONSTRAINT worker_nik_key UNIQUE (nik_hash),
  ADD CONSTRAINT worker_nik_region_shape CHECK (nik_region ~ '^[0-9]{6}$'),
  ADD CONSTRAINT worker_nik_digests CHECK (octet_length(nik_hash) = 32 AND octet_length(nik_p8) = 16
    AND octet_length(nik_p10) = 16 AND octet_length(nik_p12) = 16);
CREATE INDEX worker_nik_region_idx ON worker (nik_region text_pattern_ops, id);
CREATE INDEX worker_nik_p8_idx ON worker (nik_p8, id);
CREATE INDEX worker_nik_p10_idx ON worker (nik_p10, id);
CREATE INDEX worker_nik_p12_idx ON worker (nik_p12, id);

-- Heirs: a NIK is optional; sealed and indexed together (a data subject is found as heir too).
ALTER TABLE heir DROP COLUMN nik;
ALTER TABLE heir ADD CONSTRAINT heir_nik_sealed CHECK ((nik_cipher IS NULL) = (nik_hash IS NULL));
CREATE INDEX heir_nik_hash_idx ON heir (nik_hash) WHERE nik_hash IS NOT NULL;

ALTER TABLE payout DROP COLUMN account_number;
ALTER TABLE payout ALTER COLUMN account_cipher SET NOT NULL;

ALTER TABLE premium_invoice_line DROP COLUMN nik;
ALTER TABLE premium_invoice_line ALTER COLUMN nik_cipher SET NOT NULL;

ALTER TABLE bpjs_bill_row DROP COLUMN nik;

-- DTSEN: deciles keyed by the blind index.
ALTER TABLE dtsen_decile DROP COLUMN nik;
ALTER TABLE dtsen_decile ALTER COLUMN nik_hash SET NOT NULL, ADD PRIMARY KEY (nik_hash);
CREATE INDEX dtsen_decile_decile_idx ON dtsen_decile (decile, nik_hash);

-- The DTSEN counts (V36, V39) pair workers and deciles by the blind index.
CREATE OR REPLACE FUNCTION dtsen_tally_expected()
RETURNS TABLE (kelurahan_code text, decile smallint, registered bigint, covered bigint)
LANGUAGE sql STABLE AS $$
  SELECT w.kelurahan_code, coalesce(d.decile, 0)::smallint, count(*), count(m.id)
  FROM worker w LEFT JOIN dtsen_decile d ON d.nik_hash = w.nik_hash
  LEFT JOIN membership m ON m.worker_id = w.id AND m.status = 'ACTIVE'
  GROUP BY 1, 2
$$;

CREATE OR REPLACE FUNCTION dtsen_tally_worker_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_put(array_agg(n.kelurahan_code), array_agg(coalesce(d.decile, 0)::smallint),
                          array_agg(1::bigint), array_agg(0::bigint))
  FROM new_workers n LEFT JOIN dtsen_decile d ON d.nik_hash = n.nik_hash;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dtsen_tally_worker_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_put(array_agg(c.k), array_agg(c.d), array_agg(c.r), array_agg(c.c))
  FROM (
    SELECT o.kelurahan_code AS k, coalesce(od.decile, 0)::smallint AS d, -1::bigint AS r,
           -dtsen_tally_covered(n.id) AS c
    FROM old_workers o JOIN new_workers n ON n.id = o.id LEFT JOIN dtsen_decile od ON od.nik_hash = o.nik_hash
    WHERE o.kelurahan_code IS DISTINCT FROM n.kelurahan_code OR o.nik_hash IS DISTINCT FROM n.nik_hash
    UNION ALL
    SELECT n.kelurahan_code, coalesce(nd.decile, 0)::smallint, 1, dtsen_tally_covered(n.id)
    FROM old_workers o JOIN new_workers n ON n.id = o.id LEFT JOIN dtsen_decile nd ON nd.nik_hash = n.nik_hash
    WHERE o.kelurahan_code IS DISTINCT FROM n.kelurahan_code OR o.nik_hash IS DISTINCT FROM n.nik_hash
  ) c;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dtsen_tally_worker_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_put(array_agg(o.kelurahan_code), array_agg(coalesce(d.decile, 0)::smallint),
                          array_agg(-1::bigint), array_agg(-dtsen_tally_covered(o.id)))
  FROM old_workers o LEFT JOIN dtsen_decile d ON d.nik_hash = o.nik_hash;
  RETURN NULL;
END $$;

DROP FUNCTION dtsen_tally_decile_move(text[], smallint[], smallint[]);
CREATE FUNCTION dtsen_tally_decile_move(p_hashes bytea[], p_from smallint[], p_to smallint[]) RETURNS void
LANGUAGE sql AS $$
  SELECT dtsen_tally_put(array_agg(w.kelurahan_code), array_agg(b.decile), array_agg(b.sign),
                         array_agg(b.sign * (m.id IS NOT NULL)::int))
  FROM unnest(p_hashes, p_from, p_to) AS x(nik_hash, from_decile, to_decile)
  JOIN worker w ON w.nik_hash = x.nik_hash
  LEFT JOIN membership m ON m.worker_id = w.id AND m.status = 'ACTIVE'
  CROSS JOIN LATERAL (VALUES (x.from_decile, -1::bigint), (x.to_decile, 1::bigint)) AS b(decile, sign);
$$;

CREATE OR REPLACE FUNCTION dtsen_tally_decile_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_decile_move(array_agg(nik_hash), array_agg(0::smallint), array_agg(decile)) FROM new_deciles;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dtsen_tally_decile_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_decile_move(array_agg(o.nik_hash), array_agg(o.decile), array_agg(n.decile))
  FROM old_deciles o JOIN new_deciles n USING (nik_hash) WHERE o.decile <> n.decile;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dtsen_tally_decile_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dtsen_tally_decile_move(array_agg(nik_hash), array_agg(decile), array_agg(0::smallint)) FROM old_deciles;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dtsen_tally_membership_put(p_workers uuid[], p_signs bigint[]) RETURNS void LANGUAGE sql AS $$
  SELECT dtsen_tally_put(array_agg(w.kelurahan_code), array_agg(coalesce(d.decile, 0)::smallint),
                         array_agg(0::bigint), array_agg(x.sign))
  FROM unnest(p_workers, p_signs) AS x(worker_id, sign)
  JOIN worker w ON w.id = x.worker_id LEFT JOIN dtsen_decile d ON d.nik_hash = w.nik_hash
  WHERE x.sign <> 0;
$$;
