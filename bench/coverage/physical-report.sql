-- The query the server runs for groupBy=kelurahan (the largest grouping), bare: its floor.
SELECT key, funding_source, programs, declared_income, sum(n) AS n
FROM (
  SELECT key, funding_source, programs, declared_income, n FROM coverage_delta_month
  WHERE kind = 'L' AND month < date_trunc('month', current_date)::date
  UNION ALL
  SELECT key, funding_source, programs, declared_income, n FROM coverage_delta
  WHERE kind = 'L' AND day >= date_trunc('month', current_date)::date AND day <= current_date
) changes
GROUP BY 1, 2, 3, 4
HAVING sum(n) <> 0;
