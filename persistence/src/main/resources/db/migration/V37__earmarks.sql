-- Earmarked funds (issue 16, item 2): which worker categories a funding source may pay for, and
-- in which priority (1 first). A source without rows pays for any category. DBHCHT follows
-- PMK 72/2024 (which replaced PMK 215/2021): social security contributions under its welfare
-- share go to tobacco-farm and cigarette-factory workers first, then to other vulnerable workers.
-- The application role gets its privileges by V20's default privileges.

INSERT INTO worker_category (code, name_id, name_en, sort_order) VALUES
  ('BURUH_TANI_TEMBAKAU', 'Buruh tani tembakau', 'Tobacco-farm worker',       100),
  ('BURUH_PABRIK_ROKOK',  'Buruh pabrik rokok',  'Cigarette-factory worker',  110)
ON CONFLICT (code) DO NOTHING;

CREATE TABLE funding_earmark (
  funding_source text        PRIMARY KEY REFERENCES funding_source (code),
  basis          text        NOT NULL CHECK (length(basis) BETWEEN 1 AND 500),
  updated_by     uuid        REFERENCES app_user (id),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE funding_earmark_category (
  funding_source text     NOT NULL REFERENCES funding_earmark (funding_source) ON DELETE CASCADE,
  category       text     NOT NULL REFERENCES worker_category (code),
  priority       smallint NOT NULL CHECK (priority BETWEEN 1 AND 9),
  PRIMARY KEY (funding_source, category)
);

-- DBHCHT as PMK 72/2024 orders it; every category the city already pays for stays payable.
INSERT INTO funding_earmark (funding_source, basis) VALUES
  ('DBHCHT', 'PMK 72/2024: kesejahteraan masyarakat — jaminan sosial ketenagakerjaan bagi buruh tani tembakau dan buruh pabrik rokok, kemudian pekerja rentan lainnya');
INSERT INTO funding_earmark_category (funding_source, category, priority)
SELECT 'DBHCHT', code, CASE WHEN code IN ('BURUH_TANI_TEMBAKAU', 'BURUH_PABRIK_ROKOK') THEN 1 ELSE 2 END
FROM worker_category;
