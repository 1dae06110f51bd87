-- Memberships and a year of history for the province-scale bench (bench/scale.sh), set-based, on
-- the workers the import wrote: :pct % of them (picked by a hash of the id) get a membership
-- started over the last 18 months, 8 % of those ended during the last year; 60 % DBHCHT, 40 %
-- APBD, 8 % with JHT, 10 % on a higher declared income. Then :months past months of premium
-- invoices (paid), one line per membership active in that month, as POST /premium-invoices would
-- have snapshot them. psql -v pct=35 -v months=12 -f bench/scale/history.sql
\set ON_ERROR_STOP on
BEGIN;
-- Row triggers off for the bulk inserts (as coverage/load.sql); the rollups are rebuilt at the end.
SET LOCAL session_replication_role = replica;
INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, end_date, end_reason,
                        status, version, kelurahan_code, category)
SELECT md5('m' || w.id)::uuid, w.id,
       CASE WHEN h.v % 100 < 8 THEN ARRAY['JKK', 'JKM', 'JHT'] ELSE ARRAY['JKK', 'JKM'] END,
       CASE WHEN h.v / 100 % 10 = 0 THEN 1500000 + 500000 * (h.v / 1000 % 4) ELSE 1000000 END,
       CASE WHEN h.v / 10000 % 10 < 6 THEN 'DBHCHT' ELSE 'APBD' END,
       s.start, e.end_date, CASE WHEN e.end_date IS NULL THEN NULL ELSE 'Pindah domisili' END,
       CASE WHEN e.end_date IS NULL THEN 'ACTIVE' ELSE 'ENDED' END, 0, w.kelurahan_code, w.category
FROM worker w
CROSS JOIN LATERAL (SELECT (abs(hashtext(w.id::text)::bigint) % 2147483647)::int AS v) h
CROSS JOIN LATERAL (SELECT current_date - 30 - (h.v / 100000) % 520 AS start) s
CROSS JOIN LATERAL (SELECT CASE WHEN (h.v / 7) % 100 < 8 THEN greatest(s.start + 20, current_date - 365 + (h.v / 13) % 330)
                   END AS end_date) e
WHERE h.v % 1000 < :pct * 10;

-- The invoices of the :months months before this one, per funding source, paid on the 20th.
CREATE TEMP TABLE history_month ON COMMIT DROP AS
SELECT (date_trunc('month', current_date) - make_interval(months => g))::date AS period
FROM generate_series(1, :months) g;
INSERT INTO premium_invoice (id, period, funding_source, status, paid_on)
SELECT md5('invoice' || m.period || f.source)::uuid, m.period, f.source, 'PAID', m.period + 19
FROM history_month m CROSS JOIN (VALUES ('DBHCHT'), ('APBD')) f (source);
INSERT INTO premium_invoice_line (invoice_id, membership_id, worker_id, nik_cipher, full_name, kelurahan_code,
                                  category, programs, declared_income, jkk, jkm, jht, amount)
SELECT md5('invoice' || m.period || ms.funding_source)::uuid, ms.id, w.id, w.nik_cipher, w.full_name, ms.kelurahan_code,
       ms.category, ms.programs, ms.declared_income, p.jkk, 6800, p.jht, p.jkk + 6800 + p.jht
FROM history_month m
JOIN membership ms ON ms.start_date <= (m.period + interval '1 month - 1 day')::date
                  AND (ms.end_date IS NULL OR ms.end_date >= m.period)
JOIN worker w ON w.id = ms.worker_id
CROSS JOIN LATERAL (SELECT ms.declared_income * 24 / 10000 AS jkk,
                           CASE WHEN 'JHT' = ANY (ms.programs) THEN ms.declared_income / 50 ELSE 0 END AS jht) p;
UPDATE premium_invoice i SET total = t.total, line_count = t.n
FROM (SELECT invoice_id, sum(amount) AS total, count(*) AS n FROM premium_invoice_line GROUP BY 1) t
WHERE i.id = t.invoice_id;
SELECT coverage_delta_rebuild();
SELECT coverage_flow_rebuild();
SELECT dtsen_tally_rebuild();
COMMIT;
