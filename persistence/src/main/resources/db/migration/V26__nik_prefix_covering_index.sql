-- NIK-prefix search pages by id: with the id in the index, a prefix's ids are found, sorted and
-- cut to a page from the index alone (an index-only scan), and only the page's rows are read.
CREATE INDEX worker_nik_prefix_id_idx ON worker (nik text_pattern_ops) INCLUDE (id);
DROP INDEX worker_nik_prefix_idx;
