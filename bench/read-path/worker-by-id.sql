-- The single-row read behind GET /api/v1/workers/{id}, for pgbench -M prepared.
SELECT w.id, w.nik_cipher, w.full_name, w.birth_date, w.sex, w.kelurahan_code, w.category, w.phone_cipher, w.address,
       w.version,
       (SELECT m.status FROM membership m WHERE m.worker_id = w.id ORDER BY m.start_date DESC LIMIT 1) AS coverage
FROM worker w WHERE w.id = :id;
