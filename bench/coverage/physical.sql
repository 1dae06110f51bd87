-- The coverage aggregate the server runs for groupBy=kecamatan, timed bare by pgbench: the floor.
SELECT kecamatan_code AS key, funding_source, array_to_string(programs, ',') AS programs, declared_income, count(*) AS n
FROM membership
WHERE start_date <= current_date AND (end_date IS NULL OR end_date >= current_date)
GROUP BY 1, 2, 3, 4;
