-- The query the server runs for groupBy=kelurahan (the largest grouping), bare: its floor.
SELECT key, funding_source, programs, declared_income, sum(n) AS n
FROM coverage_delta
WHERE kind = 'L' AND day <= current_date
GROUP BY 1, 2, 3, 4
HAVING sum(n) <> 0;
