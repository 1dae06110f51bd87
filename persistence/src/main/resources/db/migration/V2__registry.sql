-- The registry: reference data (regions, categories, funding sources), workers and heirs.
-- Region data is reference data: Kota Malang ships here; another city loads its own.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE region (
  code        text PRIMARY KEY,
  level       text NOT NULL CHECK (level IN ('PROVINCE', 'REGENCY', 'KECAMATAN', 'KELURAHAN')),
  name        text NOT NULL,
  parent_code text REFERENCES region (code),
  CONSTRAINT region_code_shape CHECK (code ~ '^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$'),
  CONSTRAINT region_parent_matches CHECK (parent_code IS NULL OR code LIKE parent_code || '.%')
);
CREATE INDEX region_parent_idx ON region (parent_code);

INSERT INTO region (code, level, name, parent_code) VALUES
  ('35', 'PROVINCE', 'Jawa Timur', NULL),
  ('35.73', 'REGENCY', 'Kota Malang', '35'),
  ('35.73.01', 'KECAMATAN', 'Blimbing', '35.73'),
  ('35.73.02', 'KECAMATAN', 'Klojen', '35.73'),
  ('35.73.03', 'KECAMATAN', 'Kedungkandang', '35.73'),
  ('35.73.04', 'KECAMATAN', 'Sukun', '35.73'),
  ('35.73.05', 'KECAMATAN', 'Lowokwaru', '35.73'),
  ('35.73.01.1001', 'KELURAHAN', 'Balearjosari', '35.73.01'),
  ('35.73.01.1002', 'KELURAHAN', 'Arjosari', '35.73.01'),
  ('35.73.01.1003', 'KELURAHAN', 'Polowijen', '35.73.01'),
  ('35.73.01.1004', 'KELURAHAN', 'Purwodadi', '35.73.01'),
  ('35.73.01.1005', 'KELURAHAN', 'Blimbing', '35.73.01'),
  ('35.73.01.1006', 'KELURAHAN', 'Pandanwangi', '35.73.01'),
  ('35.73.01.1007', 'KELURAHAN', 'Purwantoro', '35.73.01'),
  ('35.73.01.1008', 'KELURAHAN', 'Bunulrejo', '35.73.01'),
  ('35.73.01.1009', 'KELURAHAN', 'Kesatrian', '35.73.01'),
  ('35.73.01.1010', 'KELURAHAN', 'Polehan', '35.73.01'),
  ('35.73.01.1011', 'KELURAHAN', 'Jodipan', '35.73.01'),
  ('35.73.02.1001', 'KELURAHAN', 'Klojen', '35.73.02'),
  ('35.73.02.1002', 'KELURAHAN', 'Rampalcelaket', '35.73.02'),
  ('35.73.02.1003', 'KELURAHAN', 'Samaan', '35.73.02'),
  ('35.73.02.1004', 'KELURAHAN', 'Kiduldalem', '35.73.02'),
  ('35.73.02.1005', 'KELURAHAN', 'Sukoharjo', '35.73.02'),
  ('35.73.02.1006', 'KELURAHAN', 'Kasin', '35.73.02'),
  ('35.73.02.1007', 'KELURAHAN', 'Kauman', '35.73.02'),
  ('35.73.02.1008', 'KELURAHAN', 'Oro-oro Dowo', '35.73.02'),
  ('35.73.02.1009', 'KELURAHAN', 'Bareng', '35.73.02'),
  ('35.73.02.1010', 'KELURAHAN', 'Gading Kasri', '35.73.02'),
  ('35.73.02.1011', 'KELURAHAN', 'Penanggungan', '35.73.02'),
  ('35.73.03.1001', 'KELURAHAN', 'Kotalama', '35.73.03'),
  ('35.73.03.1002', 'KELURAHAN', 'Mergosono', '35.73.03'),
  ('35.73.03.1003', 'KELURAHAN', 'Bumiayu', '35.73.03'),
  ('35.73.03.1004', 'KELURAHAN', 'Wonokoyo', '35.73.03'),
  ('35.73.03.1005', 'KELURAHAN', 'Buring', '35.73.03'),
  ('35.73.03.1006', 'KELURAHAN', 'Kedungkandang', '35.73.03'),
  ('35.73.03.1007', 'KELURAHAN', 'Lesanpuro', '35.73.03'),
  ('35.73.03.1008', 'KELURAHAN', 'Sawojajar', '35.73.03'),
  ('35.73.03.1009', 'KELURAHAN', 'Madyopuro', '35.73.03'),
  ('35.73.03.1010', 'KELURAHAN', 'Cemorokandang', '35.73.03'),
  ('35.73.03.1011', 'KELURAHAN', 'Arjowinangun', '35.73.03'),
  ('35.73.03.1012', 'KELURAHAN', 'Tlogowaru', '35.73.03'),
  ('35.73.04.1001', 'KELURAHAN', 'Ciptomulyo', '35.73.04'),
  ('35.73.04.1002', 'KELURAHAN', 'Gadang', '35.73.04'),
  ('35.73.04.1003', 'KELURAHAN', 'Kebonsari', '35.73.04'),
  ('35.73.04.1004', 'KELURAHAN', 'Bandungrejosari', '35.73.04'),
  ('35.73.04.1005', 'KELURAHAN', 'Sukun', '35.73.04'),
  ('35.73.04.1006', 'KELURAHAN', 'Tanjungrejo', '35.73.04'),
  ('35.73.04.1007', 'KELURAHAN', 'Pisangcandi', '35.73.04'),
  ('35.73.04.1008', 'KELURAHAN', 'Bandulan', '35.73.04'),
  ('35.73.04.1009', 'KELURAHAN', 'Karangbesuki', '35.73.04'),
  ('35.73.04.1010', 'KELURAHAN', 'Mulyorejo', '35.73.04'),
  ('35.73.04.1011', 'KELURAHAN', 'Bakalankrajan', '35.73.04'),
  ('35.73.05.1001', 'KELURAHAN', 'Tunggulwulung', '35.73.05'),
  ('35.73.05.1002', 'KELURAHAN', 'Merjosari', '35.73.05'),
  ('35.73.05.1003', 'KELURAHAN', 'Tlogomas', '35.73.05'),
  ('35.73.05.1004', 'KELURAHAN', 'Dinoyo', '35.73.05'),
  ('35.73.05.1005', 'KELURAHAN', 'Sumbersari', '35.73.05'),
  ('35.73.05.1006', 'KELURAHAN', 'Ketawanggede', '35.73.05'),
  ('35.73.05.1007', 'KELURAHAN', 'Jatimulyo', '35.73.05'),
  ('35.73.05.1008', 'KELURAHAN', 'Tunjungsekar', '35.73.05'),
  ('35.73.05.1009', 'KELURAHAN', 'Mojolangu', '35.73.05'),
  ('35.73.05.1010', 'KELURAHAN', 'Tulusrejo', '35.73.05'),
  ('35.73.05.1011', 'KELURAHAN', 'Lowokwaru', '35.73.05'),
  ('35.73.05.1012', 'KELURAHAN', 'Tasikmadu', '35.73.05');

CREATE TABLE worker_category (
  code       text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
  name_id    text    NOT NULL,
  name_en    text    NOT NULL,
  active     boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 100
);

INSERT INTO worker_category (code, name_id, name_en, sort_order) VALUES
  ('MARBOT',           'Marbot masjid',       'Mosque caretaker',       10),
  ('PENGGALI_KUBUR',   'Penggali kubur',      'Gravedigger',            20),
  ('GURU_NGAJI',       'Guru ngaji',          'Quran teacher',          30),
  ('LINMAS',           'Anggota linmas',      'Civil-defence volunteer', 40),
  ('KETUA_RT',         'Ketua RT',            'Neighbourhood head (RT)', 50),
  ('KETUA_RW',         'Ketua RW',            'Neighbourhood head (RW)', 60),
  ('PEKERJA_SENI',     'Pekerja seni',        'Artist',                 70),
  ('ATLET',            'Atlet',               'Athlete',                80),
  ('OFISIAL_OLAHRAGA', 'Ofisial olahraga',    'Sports official',        90),
  ('LAINNYA',          'Lainnya',             'Other',                 999);

CREATE TABLE funding_source (
  code    text PRIMARY KEY,
  name_id text NOT NULL,
  name_en text NOT NULL
);

INSERT INTO funding_source (code, name_id, name_en) VALUES
  ('APBD',       'Anggaran Pendapatan dan Belanja Daerah',     'City budget'),
  ('DBHCHT',     'Dana Bagi Hasil Cukai Hasil Tembakau',       'Tobacco-excise revenue share'),
  ('MANDIRI',    'Mandiri (dibayar sendiri)',                  'Self-paid'),
  ('PERUSAHAAN', 'Perusahaan / CSR',                           'Employer or CSR'),
  ('BUMN',       'Badan Usaha Milik Negara',                   'State-owned enterprise');

CREATE TABLE worker (
  id             uuid PRIMARY KEY,
  nik            text        NOT NULL,
  full_name      text        NOT NULL,
  -- PersonNames.normalize(full_name): the key duplicate detection and name search compare.
  name_key       text        NOT NULL,
  birth_date     date        NOT NULL,
  sex            char(1)     NOT NULL CHECK (sex IN ('M', 'F')),
  kelurahan_code text        NOT NULL REFERENCES region (code),
  kecamatan_code text        NOT NULL GENERATED ALWAYS AS (left(kelurahan_code, 8)) STORED,
  category       text        NOT NULL REFERENCES worker_category (code),
  phone          text,
  address        text,
  version        integer     NOT NULL DEFAULT 1,
  created_by     uuid        REFERENCES app_user (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT worker_nik_key UNIQUE (nik),
  CONSTRAINT worker_nik_shape CHECK (nik ~ '^[0-9]{16}$')
);
-- Lists are keyset-paginated by id within an area.
CREATE INDEX worker_kelurahan_idx ON worker (kelurahan_code, id);
CREATE INDEX worker_kecamatan_idx ON worker (kecamatan_code, id);
CREATE INDEX worker_category_idx ON worker (category, id);
-- NIK prefix search (LIKE '3573%') needs the C-collation operator class.
CREATE INDEX worker_nik_prefix_idx ON worker (nik text_pattern_ops);
-- Name search and possible-duplicate detection (similar name, same birth date).
CREATE INDEX worker_name_trgm_idx ON worker USING gin (name_key gin_trgm_ops);
CREATE INDEX worker_birth_date_idx ON worker (birth_date);

CREATE TABLE heir (
  id             uuid PRIMARY KEY,
  worker_id      uuid     NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
  position       smallint NOT NULL,
  full_name      text     NOT NULL,
  nik            text     CHECK (nik IS NULL OR nik ~ '^[0-9]{16}$'),
  relationship   text     NOT NULL CHECK (relationship IN
                   ('SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'GRANDPARENT', 'SIBLING', 'PARENT_IN_LAW', 'WILL_NAMED')),
  birth_date     date,
  priority_class smallint NOT NULL CHECK (priority_class BETWEEN 1 AND 5),
  CONSTRAINT heir_position_key UNIQUE (worker_id, position)
);
