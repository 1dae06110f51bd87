-- 1,000,000 workers (:n) spread over Kota Malang's 57 kelurahan and 10 categories, each with one
-- membership: 60 % DBHCHT, 40 % APBD, started over the last year, 3 % ended, 8 % with JHT and
-- 10 % on a higher declared income. Set-based, so loading takes seconds, not hours.
\set ON_ERROR_STOP on
BEGIN;
-- Row triggers off for the bulk insert; the coverage ledger is rebuilt set-based at the end.
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE k AS SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM region WHERE level = 'KELURAHAN';
CREATE TEMP TABLE c AS SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM worker_category;
INSERT INTO worker (id, nik, full_name, name_key, birth_date, sex, kelurahan_code, category)
SELECT md5('w' || g)::uuid, '3573' || lpad(g::text, 12, '0'), 'Pekerja ' || g, 'pekerja ' || g,
       date '1960-01-01' + (g % 15000), CASE WHEN g % 3 = 0 THEN 'F' ELSE 'M' END,
       (SELECT code FROM k WHERE i = g % 57), (SELECT code FROM c WHERE i = (g / 57) % 10)
FROM generate_series(1, :n) AS g;
INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, end_date, end_reason,
                        status, version, kelurahan_code, category)
SELECT md5('m' || w.nik)::uuid, w.id,
       CASE WHEN abs(hashtext(w.nik)) % 100 < 8 THEN ARRAY['JKK', 'JKM', 'JHT'] ELSE ARRAY['JKK', 'JKM'] END,
       CASE WHEN abs(hashtext(w.nik || 'i')) % 10 = 0 THEN 1500000 + 500000 * (abs(hashtext(w.nik)) % 4) ELSE 1000000 END,
       CASE WHEN abs(hashtext(w.nik || 's')) % 10 < 6 THEN 'DBHCHT' ELSE 'APBD' END,
       s.start, e.end_date, CASE WHEN e.end_date IS NULL THEN NULL ELSE 'Pindah domisili' END,
       CASE WHEN e.end_date IS NULL THEN 'ACTIVE' ELSE 'ENDED' END, 0, w.kelurahan_code, w.category
FROM worker w
CROSS JOIN LATERAL (SELECT current_date - 30 - abs(hashtext(w.nik || 'd')) % 330 AS start) s
CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(w.nik || 'e')) % 100 < 3 THEN s.start + 20 END AS end_date) e;
SELECT coverage_delta_rebuild();
SELECT coverage_flow_rebuild();
SELECT dtsen_tally_rebuild();
COMMIT;
ANALYZE worker;
ANALYZE membership;
