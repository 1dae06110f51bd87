-- :n workers' MANDIRI memberships, one each (BPJS has numbered 90 % of them: a KPJ), and the
-- premium invoice of :'period' with one line each (Rp16.800). Set-based: seconds, not hours. The
-- workers themselves (md5('w' || g), NIK '3573' || lpad(g, 12, '0'), sealed) come first from
-- `SealedData seed-workers DB N marbot KEYS` (bench/common/SealedData.java).
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE k AS SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM region WHERE level = 'KELURAHAN';
INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status, version,
                        kelurahan_code, category, kpj)
SELECT md5('m' || g)::uuid, md5('w' || g)::uuid, ARRAY['JKK', 'JKM'], 1000000, 'MANDIRI', date :'period' - 31,
       'ACTIVE', 1, (SELECT code FROM k WHERE i = g % 57), 'MARBOT',
       CASE WHEN g % 10 <> 0 THEN '9' || lpad(g::text, 10, '0') END
FROM generate_series(1, :n) AS g;
INSERT INTO premium_invoice (id, period, funding_source, total, line_count)
VALUES (md5('invoice')::uuid, date :'period', 'MANDIRI', 16800::bigint * :n, :n);
INSERT INTO premium_invoice_line (invoice_id, membership_id, worker_id, nik_cipher, full_name, kelurahan_code,
                                  category, programs, declared_income, jkk, jkm, jht, amount)
SELECT md5('invoice')::uuid, md5('m' || g)::uuid, w.id, w.nik_cipher, w.full_name, w.kelurahan_code, 'MARBOT',
       ARRAY['JKK', 'JKM'], 1000000, 10000, 6800, 0, 16800
FROM generate_series(1, :n) AS g JOIN worker w ON w.id = md5('w' || g)::uuid;
SELECT coverage_delta_rebuild();
SELECT coverage_flow_rebuild();
SELECT dtsen_tally_rebuild();
COMMIT;
ANALYZE worker;
ANALYZE membership;
ANALYZE premium_invoice_line;
