-- The single statement behind GET /api/v1/workers/{id} (WorkerDetails: the worker, its latest
-- membership and its DTSEN decile), for pgbench -M prepared.
SELECT w.id, w.nik_cipher, w.full_name, w.birth_date, w.sex, w.kelurahan_code, w.kecamatan_code, w.category, w.phone_cipher,
       w.address, w.version, w.created_at, w.updated_at,
       c.id AS m_id, c.status AS m_status, c.funding_source AS m_source, c.start_date AS m_start, c.end_date AS m_end,
       d.decile AS d_decile, d.extract_date AS d_extract
FROM worker w LEFT JOIN LATERAL (
  SELECT m.id, m.status, m.funding_source, m.start_date, m.end_date FROM membership m
  WHERE m.worker_id = w.id
  ORDER BY m.status = 'ACTIVE' DESC, m.start_date DESC, m.created_at DESC
  LIMIT 1) c ON true
LEFT JOIN dtsen_decile d ON d.nik_hash = w.nik_hash
WHERE w.id = :id;
