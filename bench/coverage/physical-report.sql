-- The statements the server runs for GET /coverage?groupBy=..., bare: the report's floor.
-- pgbench sends them one after another; -D kind=L -D level=KELURAHAN (kelurahan) or
-- -D kind=K -D level=KECAMATAN (kecamatan) choose the grouping. First the pricing groups, then
-- the counts priced by group number: the server sends the domain's prices as an array indexed by
-- the number, here every group at one flat price (16,800).
SELECT id, funding_source, programs, declared_income FROM coverage_group ORDER BY id;
WITH f AS (SELECT month AS folded, date_trunc('month', current_date)::date AS first FROM coverage_fold),
p AS (SELECT ARRAY(SELECT 16800::bigint FROM generate_series(1, (SELECT max(id) FROM coverage_group))) AS each)
SELECT c.key, sum(c.n)::bigint AS n, coalesce(sum(c.n * (SELECT each FROM p)[c.group_id]), 0)::bigint AS premium,
       count(*) FILTER (WHERE (SELECT each FROM p)[c.group_id] IS NULL) AS unpriced
FROM (
  SELECT key, group_id, n FROM coverage_total WHERE kind = :kind
  UNION ALL
  SELECT d.key, g.id, CASE WHEN d.month < f.first THEN d.n ELSE -d.n END
  FROM coverage_delta_month d JOIN coverage_group g USING (funding_source, programs, declared_income), f
  WHERE d.kind = :kind AND d.month >= least(f.folded, f.first) AND d.month < greatest(f.folded, f.first)
  UNION ALL
  SELECT d.key, g.id, d.n
  FROM coverage_delta d JOIN coverage_group g USING (funding_source, programs, declared_income), f
  WHERE d.kind = :kind AND d.day >= f.first AND d.day <= current_date
) c
GROUP BY c.key;
SELECT code, name FROM region WHERE level = :level AND code LIKE '%' ORDER BY code;
SELECT code FROM region WHERE level = 'REGENCY' ORDER BY code;
SELECT b.year, b.region_code, r.level, b.workforce, b.target, b.reported_participants, b.version
FROM coverage_baseline b JOIN region r ON r.code = b.region_code
WHERE b.year = extract(year FROM current_date)::int ORDER BY b.region_code;
SELECT id, program, valid_from, valid_to, funding_source, kind, rate_basis_points, minimum, maximum, flat_amount
FROM tariff ORDER BY array_position(ARRAY['JKK', 'JKM', 'JHT'], program), valid_from, funding_source NULLS FIRST;
