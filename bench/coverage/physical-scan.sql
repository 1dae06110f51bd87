-- The naive coverage aggregate (groupBy=kecamatan) straight over the memberships: what a scan costs.
SELECT kecamatan_code AS key, funding_source, array_to_string(programs, ',') AS programs, declared_income, count(*) AS n
FROM membership
WHERE start_date <= current_date AND (end_date IS NULL OR end_date >= current_date)
GROUP BY 1, 2, 3, 4;
