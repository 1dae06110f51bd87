-- The statements the server runs for GET /coverage?groupBy=..., bare: the report's floor.
-- pgbench sends them one after another; -D kind=L -D level=KELURAHAN (kelurahan) or
-- -D kind=K -D level=KECAMATAN (kecamatan) choose the grouping. First the pricing groups (the
-- funding-source kind), then the counts joined to one price per group: the server sends the
-- domain's prices as arrays, here every group at one flat price (16,800) from the same groups.
WITH f AS (SELECT month AS folded, date_trunc('month', current_date)::date AS first FROM coverage_fold)
SELECT DISTINCT funding_source, programs, declared_income FROM (
  SELECT key, funding_source, programs, declared_income, n FROM coverage_total WHERE kind = 'F' AND key LIKE '%'
  UNION ALL
  SELECT key, funding_source, programs, declared_income, CASE WHEN month < f.first THEN n ELSE -n END
  FROM coverage_delta_month, f
  WHERE kind = 'F' AND key LIKE '%' AND month >= least(f.folded, f.first) AND month < greatest(f.folded, f.first)
  UNION ALL
  SELECT key, funding_source, programs, declared_income, n FROM coverage_delta, f
  WHERE kind = 'F' AND key LIKE '%' AND day >= f.first AND day <= current_date
) changes;
WITH f AS (SELECT month AS folded, date_trunc('month', current_date)::date AS first FROM coverage_fold),
p AS (SELECT * FROM unnest(ARRAY(SELECT funding_source FROM coverage_total WHERE kind = 'F' GROUP BY funding_source, programs, declared_income),
                           ARRAY(SELECT programs FROM coverage_total WHERE kind = 'F' GROUP BY funding_source, programs, declared_income),
                           ARRAY(SELECT declared_income FROM coverage_total WHERE kind = 'F' GROUP BY funding_source, programs, declared_income),
                           ARRAY(SELECT 16800::bigint FROM coverage_total WHERE kind = 'F' GROUP BY funding_source, programs, declared_income))
         AS p(funding_source, programs, declared_income, each))
SELECT c.key, sum(c.n)::bigint AS n, coalesce(sum(c.n * p.each), 0)::bigint AS premium,
       count(*) FILTER (WHERE p.each IS NULL) AS unpriced
FROM (
  SELECT key, funding_source, programs, declared_income, n FROM coverage_total WHERE kind = :kind AND key LIKE '%'
  UNION ALL
  SELECT key, funding_source, programs, declared_income, CASE WHEN month < f.first THEN n ELSE -n END
  FROM coverage_delta_month, f
  WHERE kind = :kind AND key LIKE '%' AND month >= least(f.folded, f.first) AND month < greatest(f.folded, f.first)
  UNION ALL
  SELECT key, funding_source, programs, declared_income, n FROM coverage_delta, f
  WHERE kind = :kind AND key LIKE '%' AND day >= f.first AND day <= current_date
) c LEFT JOIN p USING (funding_source, programs, declared_income)
GROUP BY c.key;
SELECT code, name FROM region WHERE level = :level AND code LIKE '%' ORDER BY code;
SELECT code FROM region WHERE level = 'REGENCY' ORDER BY code;
SELECT b.year, b.region_code, r.level, b.workforce, b.target, b.reported_participants, b.version
FROM coverage_baseline b JOIN region r ON r.code = b.region_code
WHERE b.year = extract(year FROM current_date)::int ORDER BY b.region_code;
SELECT id, program, valid_from, valid_to, funding_source, kind, rate_basis_points, minimum, maximum, flat_amount
FROM tariff ORDER BY array_position(ARRAY['JKK', 'JKM', 'JHT'], program), valid_from, funding_source NULLS FIRST;
