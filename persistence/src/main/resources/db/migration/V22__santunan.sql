-- City santunan (santunan daerah): the benefit the city pays from its own budget under its own
-- regulation. BPJS Ketenagakerjaan pays the statutory JKK/JKM benefits itself, so from here on a
-- payout pays a santunan entitlement, never a claim; payouts made from claims stay as history.

-- A programme: its founding regulation, effective period, eligibility and amount per event kind,
-- and the budget line (year, funding source) with the ceiling its payouts may hold. Creating a
-- payout locks this row (SELECT … FOR UPDATE) and sums the programme's committed payouts, so
-- concurrent makers never spend beyond the ceiling.
CREATE TABLE santunan_programme (
  id                         uuid PRIMARY KEY,
  name                       text    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  regulation_number          text    NOT NULL CHECK (length(regulation_number) BETWEEN 1 AND 200),
  regulation_date            date    NOT NULL,
  effective_from             date    NOT NULL,
  effective_to               date,
  categories                 text[]  NOT NULL DEFAULT '{}',
  membership_sources         text[]  NOT NULL DEFAULT '{}',
  requires_active_membership boolean NOT NULL DEFAULT true,
  -- {"DEATH": 10000000, "WORK_ACCIDENT": 2500000}: whole rupiah per event kind it pays for
  amounts                    jsonb   NOT NULL CHECK (jsonb_typeof(amounts) = 'object' AND amounts <> '{}'::jsonb),
  budget_year                integer NOT NULL CHECK (budget_year BETWEEN 2000 AND 2200),
  budget_source              text    NOT NULL REFERENCES funding_source (code),
  budget_ceiling             bigint  NOT NULL CHECK (budget_ceiling >= 0),
  version                    integer NOT NULL DEFAULT 1,
  created_by                 uuid    NOT NULL REFERENCES app_user (id),
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_by                 uuid    REFERENCES app_user (id),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT santunan_programme_period CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX santunan_programme_period_idx ON santunan_programme (effective_from, effective_to);

-- What happened to a worker (a death, a work accident), with an optional reference to the claim
-- the city assists with BPJS for it. A worker dies once.
CREATE TABLE santunan_event (
  id         uuid PRIMARY KEY,
  worker_id  uuid        NOT NULL REFERENCES worker (id),
  kind       text        NOT NULL CHECK (kind IN ('DEATH', 'WORK_ACCIDENT')),
  event_date date        NOT NULL,
  claim_id   uuid        REFERENCES claim (id),
  proof_note text        NOT NULL CHECK (length(proof_note) BETWEEN 1 AND 1000),
  created_by uuid        NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX santunan_event_one_death_idx ON santunan_event (worker_id) WHERE kind = 'DEATH';
CREATE INDEX santunan_event_worker_idx ON santunan_event (worker_id, event_date);

-- What an event gives under one programme (its amount as the programme stood then).
CREATE TABLE santunan_entitlement (
  id           uuid PRIMARY KEY,
  event_id     uuid        NOT NULL REFERENCES santunan_event (id),
  programme_id uuid        NOT NULL REFERENCES santunan_programme (id),
  amount       bigint      NOT NULL CHECK (amount > 0),
  created_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT santunan_entitlement_once UNIQUE (event_id, programme_id)
);
CREATE INDEX santunan_entitlement_programme_idx ON santunan_entitlement (programme_id);

-- A payout pays a santunan entitlement; claim_id stays for history only. worker_id is whose
-- santunan (or, in history, whose claim) it is, kept so lists and files need no detour.
ALTER TABLE payout ALTER COLUMN claim_id DROP NOT NULL;
ALTER TABLE payout ADD COLUMN santunan_entitlement_id uuid REFERENCES santunan_entitlement (id);
ALTER TABLE payout ADD COLUMN worker_id uuid REFERENCES worker (id);
UPDATE payout p SET worker_id = c.worker_id FROM claim c WHERE c.id = p.claim_id;
ALTER TABLE payout ALTER COLUMN worker_id SET NOT NULL;
ALTER TABLE payout ADD CONSTRAINT payout_pays_one_thing
  CHECK ((claim_id IS NULL) <> (santunan_entitlement_id IS NULL));
CREATE INDEX payout_entitlement_idx ON payout (santunan_entitlement_id);

-- No new payout of a claim, whatever the application does: BPJS pays the statutory benefit.
CREATE FUNCTION payout_pays_santunan_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.claim_id IS NOT NULL THEN
    RAISE EXCEPTION 'a new payout pays a santunan entitlement, never a claim'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payout_pays_santunan_only';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER payout_pays_santunan_only BEFORE INSERT ON payout
  FOR EACH ROW EXECUTE FUNCTION payout_pays_santunan_only();
