-- The four statements the server runs for GET /coverage?groupBy=..., bare: the report's floor.
-- pgbench sends them one after another; -D kind=L -D level=KELURAHAN (kelurahan) or
-- -D kind=K -D level=KECAMATAN (kecamatan) choose the grouping.
WITH f AS (SELECT month AS folded, date_trunc('month', current_date)::date AS first FROM coverage_fold)
SELECT key, funding_source, programs, declared_income, sum(n) AS n
FROM (
  SELECT key, funding_source, programs, declared_income, n FROM coverage_total WHERE kind = :kind AND key LIKE '%'
  UNION ALL
  SELECT key, funding_source, programs, declared_income, CASE WHEN month < f.first THEN n ELSE -n END
  FROM coverage_delta_month, f
  WHERE kind = :kind AND key LIKE '%' AND month >= least(f.folded, f.first) AND month < greatest(f.folded, f.first)
  UNION ALL
  SELECT key, funding_source, programs, declared_income, n FROM coverage_delta, f
  WHERE kind = :kind AND key LIKE '%' AND day >= f.first AND day <= current_date
) changes
GROUP BY 1, 2, 3, 4
HAVING sum(n) <> 0;
SELECT code, name FROM region WHERE level = :level AND code LIKE '%' ORDER BY code;
SELECT b.year, b.region_code, r.level, b.workforce, b.target, b.reported_participants, b.version
FROM coverage_baseline b JOIN region r ON r.code = b.region_code
WHERE b.year = extract(year FROM current_date)::int ORDER BY b.region_code;
SELECT id, program, valid_from, valid_to, funding_source, kind, rate_basis_points, minimum, maximum, flat_amount
FROM tariff ORDER BY array_position(ARRAY['JKK', 'JKM', 'JHT'], program), valid_from, funding_source NULLS FIRST;
