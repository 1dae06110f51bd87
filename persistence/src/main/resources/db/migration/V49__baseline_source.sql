-- Where a coverage baseline's figures come from, and the day they describe (issue 19): the
-- dashboard shows both next to the UCJ, so nobody has to guess whether a target was announced,
-- estimated or typed in. Both stay empty for baselines recorded before; the console says so.
ALTER TABLE coverage_baseline
  ADD COLUMN source text CHECK (source IS NULL OR length(source) BETWEEN 1 AND 300),
  ADD COLUMN as_of  date;

-- The demo's Kota Malang baseline (DemoData): its three figures are the article's, so its source
-- is known. Only a row holding exactly those figures and no source yet is given it; a baseline
-- with other figures (such as the unsourced 176.753 target of earlier demo data) is left as it is.
UPDATE coverage_baseline
SET source = 'malangkota.go.id, 30 Juni 2025: Kepala BPJS Ketenagakerjaan Cabang Malang — UCJ 32,44 % '
             || '(134.167 peserta), target 173.753 peserta; angkatan kerja 413.585 dihitung dari keduanya',
    as_of = DATE '2025-06-30'
WHERE region_code = '35.73' AND workforce = 413585 AND target = 173753 AND reported_participants = 134167
  AND source IS NULL;
