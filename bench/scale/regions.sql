-- East Java for the province-scale bench (bench/scale.sh): its 38 regencies and cities (35.01–35.29,
-- 35.71–35.79) with synthetic kecamatan and kelurahan/desa under each, about as many as the
-- province has (Kota Malang, 35.73, keeps the 5 kecamatan and 57 kelurahan the migrations ship):
-- each kabupaten 20 kecamatan of 10–18 desa (codes .2001 on), each other kota 5 kecamatan of 12
-- kelurahan (codes .1001 on); 625 kecamatan and 8,662 kelurahan in all. Idempotent.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO region (code, level, name, parent_code)
SELECT '35.' || r.code, 'REGENCY', r.name, '35'
FROM (VALUES ('01', 'Kabupaten Pacitan'), ('02', 'Kabupaten Ponorogo'), ('03', 'Kabupaten Trenggalek'),
  ('04', 'Kabupaten Tulungagung'), ('05', 'Kabupaten Blitar'), ('06', 'Kabupaten Kediri'), ('07', 'Kabupaten Malang'),
  ('08', 'Kabupaten Lumajang'), ('09', 'Kabupaten Jember'), ('10', 'Kabupaten Banyuwangi'), ('11', 'Kabupaten Bondowoso'),
  ('12', 'Kabupaten Situbondo'), ('13', 'Kabupaten Probolinggo'), ('14', 'Kabupaten Pasuruan'), ('15', 'Kabupaten Sidoarjo'),
  ('16', 'Kabupaten Mojokerto'), ('17', 'Kabupaten Jombang'), ('18', 'Kabupaten Nganjuk'), ('19', 'Kabupaten Madiun'),
  ('20', 'Kabupaten Magetan'), ('21', 'Kabupaten Ngawi'), ('22', 'Kabupaten Bojonegoro'), ('23', 'Kabupaten Tuban'),
  ('24', 'Kabupaten Lamongan'), ('25', 'Kabupaten Gresik'), ('26', 'Kabupaten Bangkalan'), ('27', 'Kabupaten Sampang'),
  ('28', 'Kabupaten Pamekasan'), ('29', 'Kabupaten Sumenep'), ('71', 'Kota Kediri'), ('72', 'Kota Blitar'),
  ('74', 'Kota Probolinggo'), ('75', 'Kota Pasuruan'), ('76', 'Kota Mojokerto'), ('77', 'Kota Madiun'),
  ('78', 'Kota Surabaya'), ('79', 'Kota Batu')) AS r (code, name)
ON CONFLICT (code) DO NOTHING;
INSERT INTO region (code, level, name, parent_code)
SELECT r.code || '.' || lpad(k::text, 2, '0'), 'KECAMATAN', 'Kecamatan ' || k || ' ' || r.name, r.code
FROM region r CROSS JOIN LATERAL generate_series(1, CASE WHEN r.code < '35.70' THEN 20 ELSE 5 END) k
WHERE r.level = 'REGENCY' AND r.parent_code = '35' AND r.code <> '35.73'
ON CONFLICT (code) DO NOTHING;
INSERT INTO region (code, level, name, parent_code)
SELECT c.code || '.' || (CASE WHEN c.code < '35.70' THEN 2000 ELSE 1000 END + n), 'KELURAHAN',
       CASE WHEN c.code < '35.70' THEN 'Desa ' ELSE 'Kelurahan ' END || n || ' ' || c.name, c.code
FROM region c CROSS JOIN LATERAL generate_series(1,
  CASE WHEN c.code < '35.70' THEN 10 + abs(hashtext(c.code)::bigint) % 9 ELSE 12 END) n
WHERE c.level = 'KECAMATAN' AND c.code LIKE '35.%' AND c.code NOT LIKE '35.73.%'
ON CONFLICT (code) DO NOTHING;
COMMIT;
