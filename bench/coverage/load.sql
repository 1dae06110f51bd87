-- One membership for each of the workers (1,000,000 spread over Kota Malang's 57 kelurahan and 10
-- categories, written first by `SealedData seed-workers DB N coverage KEYS`, bench/common: their
-- NIKs sealed under the server's data keys): 60 % DBHCHT, 40 % APBD, started over the last year,
-- 3 % ended, 8 % with JHT and 10 % on a higher declared income. Set-based: seconds, not hours.
\set ON_ERROR_STOP on
BEGIN;
-- Row triggers off for the bulk insert; the coverage ledger is rebuilt set-based at the end.
SET LOCAL session_replication_role = replica;
INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, end_date, end_reason,
                        status, version, kelurahan_code, category)
SELECT md5('m' || w.full_name)::uuid, w.id,
       CASE WHEN abs(hashtext(w.full_name)::bigint) % 100 < 8 THEN ARRAY['JKK', 'JKM', 'JHT'] ELSE ARRAY['JKK', 'JKM'] END,
       CASE WHEN abs(hashtext(w.full_name || 'i')::bigint) % 10 = 0 THEN 1500000 + 500000 * (abs(hashtext(w.full_name)::bigint) % 4) ELSE 1000000 END,
       CASE WHEN abs(hashtext(w.full_name || 's')::bigint) % 10 < 6 THEN 'DBHCHT' ELSE 'APBD' END,
       s.start, e.end_date, CASE WHEN e.end_date IS NULL THEN NULL ELSE 'Pindah domisili' END,
       CASE WHEN e.end_date IS NULL THEN 'ACTIVE' ELSE 'ENDED' END, 0, w.kelurahan_code, w.category
FROM worker w
CROSS JOIN LATERAL (SELECT current_date - 30 - (abs(hashtext(w.full_name || 'd')::bigint) % 330)::int AS start) s
CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(w.full_name || 'e')::bigint) % 100 < 3 THEN s.start + 20 END AS end_date) e;
SELECT coverage_delta_rebuild();
SELECT coverage_flow_rebuild();
SELECT dtsen_tally_rebuild();
COMMIT;
ANALYZE worker;
ANALYZE membership;
