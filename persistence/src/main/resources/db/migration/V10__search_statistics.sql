-- Name searches choose between walking the id index and using the trigram / NIK index by
-- how many rows a '%fragment%' matches. The default 100-bucket histogram is too coarse
-- for that at a million workers (a fragment matching 1.4 % of rows was planned as rare: 134 ms
-- instead of 2 ms); 1,000 buckets estimate it well. ANALYZE then samples ~300,000 rows.
ALTER TABLE worker ALTER COLUMN name_key SET STATISTICS 1000;
-- (Not for nik: with 1,000 buckets the planner misjudged NIK prefix ranges — p95 170 ms instead
-- of 0.6 ms — so it keeps the default.)
