-- PP 50/2025 (issue 15, item 4): the sector of a BPU participant, discounted tariffs per funding
-- source and sector, and overpayments to BPJS carried to the next month.

-- The sector BPJS counts the participant's work in (domain.membership.Sector). Only the transport
-- sector is priced differently by PP 50/2025, so TRANSPORT and OTHER are all there is. Every
-- membership recorded before this migration is OTHER: none of the city's categories (marbot,
-- penggali kubur, guru ngaji, linmas, RT/RW, pekerja seni, athletes) is transport work.
ALTER TABLE membership
  ADD COLUMN sector text NOT NULL DEFAULT 'OTHER',
  ADD CONSTRAINT membership_sector_known CHECK (sector IN ('TRANSPORT', 'OTHER'));

-- A tariff may be for one sector (NULL: every sector) and may take a share off what its rate or
-- flat amount reckons (domain.tariff.Tariff#monthlyFor). The most specific tariff in force wins.
ALTER TABLE tariff
  ADD COLUMN sector           text,
  ADD COLUMN discount_percent integer NOT NULL DEFAULT 0,
  ADD CONSTRAINT tariff_sector_known CHECK (sector IS NULL OR sector IN ('TRANSPORT', 'OTHER')),
  ADD CONSTRAINT tariff_discount_range CHECK (discount_percent BETWEEN 0 AND 99);

-- domain.tariff.ContributionRelief.TARIFFS, row for row (ContributionReliefApiTest checks GET
-- /tariffs against it). PP 50/2025 Pasal 4(1): 50 % off JKK and JKM for BPU participants,
-- transport sector for the contributions of January 2026 – March 2027, other sectors April –
-- December 2026; not where the contribution is paid through the APBN/APBD, so no rows for APBD
-- nor for DBHCHT (spent through the APBD).
INSERT INTO tariff (id, program, valid_from, valid_to, funding_source, sector, kind, rate_basis_points, minimum,
                    maximum, flat_amount, discount_percent) VALUES
  ('01900000-0000-7000-8000-000000005001', 'JKK', '2026-01-01', '2027-03-31', 'MANDIRI', 'TRANSPORT', 'RATE', 100, 10000, 207000, NULL, 50),
  ('01900000-0000-7000-8000-000000005002', 'JKM', '2026-01-01', '2027-03-31', 'MANDIRI', 'TRANSPORT', 'FLAT', NULL, NULL, NULL, 6800, 50),
  ('01900000-0000-7000-8000-000000005003', 'JKK', '2026-01-01', '2027-03-31', 'PERUSAHAAN', 'TRANSPORT', 'RATE', 100, 10000, 207000, NULL, 50),
  ('01900000-0000-7000-8000-000000005004', 'JKM', '2026-01-01', '2027-03-31', 'PERUSAHAAN', 'TRANSPORT', 'FLAT', NULL, NULL, NULL, 6800, 50),
  ('01900000-0000-7000-8000-000000005005', 'JKK', '2026-01-01', '2027-03-31', 'BUMN', 'TRANSPORT', 'RATE', 100, 10000, 207000, NULL, 50),
  ('01900000-0000-7000-8000-000000005006', 'JKM', '2026-01-01', '2027-03-31', 'BUMN', 'TRANSPORT', 'FLAT', NULL, NULL, NULL, 6800, 50),
  ('01900000-0000-7000-8000-000000005007', 'JKK', '2026-04-01', '2026-12-31', 'MANDIRI', 'OTHER', 'RATE', 100, 10000, 207000, NULL, 50),
  ('01900000-0000-7000-8000-000000005008', 'JKM', '2026-04-01', '2026-12-31', 'MANDIRI', 'OTHER', 'FLAT', NULL, NULL, NULL, 6800, 50),
  ('01900000-0000-7000-8000-000000005009', 'JKK', '2026-04-01', '2026-12-31', 'PERUSAHAAN', 'OTHER', 'RATE', 100, 10000, 207000, NULL, 50),
  ('01900000-0000-7000-8000-000000005010', 'JKM', '2026-04-01', '2026-12-31', 'PERUSAHAAN', 'OTHER', 'FLAT', NULL, NULL, NULL, 6800, 50),
  ('01900000-0000-7000-8000-000000005011', 'JKK', '2026-04-01', '2026-12-31', 'BUMN', 'OTHER', 'RATE', 100, 10000, 207000, NULL, 50),
  ('01900000-0000-7000-8000-000000005012', 'JKM', '2026-04-01', '2026-12-31', 'BUMN', 'OTHER', 'FLAT', NULL, NULL, NULL, 6800, 50);

-- What the city paid BPJS for a month beyond the reconciled amount, per funding source, carried
-- to the next month's amount to pay: paid + carried_in - reconciled - refunds due (refunds after a
-- death are claimed back separately, never carried as well). Recorded once per month and source.
CREATE TABLE bpjs_overpayment (
  id                uuid PRIMARY KEY,
  reconciliation_id uuid        NOT NULL REFERENCES bpjs_reconciliation (id),
  period            date        NOT NULL CHECK (extract(day FROM period) = 1),
  funding_source    text        NOT NULL REFERENCES funding_source (code),
  paid              bigint      NOT NULL CHECK (paid >= 0),
  carried_in        bigint      NOT NULL CHECK (carried_in >= 0),
  reconciled        bigint      NOT NULL CHECK (reconciled >= 0),
  refunds           bigint      NOT NULL CHECK (refunds >= 0),
  amount            bigint      NOT NULL CHECK (amount > 0),
  carried_to        date        NOT NULL CHECK (carried_to = period + interval '1 month'),
  recorded_by       uuid        NOT NULL REFERENCES app_user (id),
  recorded_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bpjs_overpayment_once UNIQUE (period, funding_source),
  CONSTRAINT bpjs_overpayment_sum CHECK (amount = paid + carried_in - reconciled - refunds)
);
CREATE INDEX bpjs_overpayment_carried_to_idx ON bpjs_overpayment (carried_to, funding_source);
