-- BPJS's bill for the same month, :n rows in the reference format, to standard output: the KPJ
-- where BPJS has one (else the NIK only), 1 % other amounts, 0.5 % inactive, 0.2 % covered
-- elsewhere; 0.5 % of the invoiced workers are missing from the bill.
\set ON_ERROR_STOP on
COPY (
  SELECT CASE WHEN g % 10 <> 0 THEN '9' || lpad(g::text, 10, '0') ELSE '' END AS kpj,
         '3573' || lpad(g::text, 12, '0') AS nik, 'Pekerja ' || g AS nama,
         CASE WHEN g % 100 = 7 THEN 20000 ELSE 16800 END AS iuran,
         CASE WHEN g % 200 = 3 THEN 'NONAKTIF' ELSE 'AKTIF' END AS status, '' AS tgl_meninggal,
         CASE WHEN g % 500 = 11 THEN 'PU' ELSE '' END AS kepesertaan_lain
  FROM generate_series(1, :n) AS g WHERE g % 200 <> 5
) TO STDOUT WITH (FORMAT csv, HEADER);
