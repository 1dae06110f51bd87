-- Issue 13.3: failed sign-ins are also counted per (username, client address) and per client
-- address, so one address cannot lock a username for everyone, and an address that fails often
-- is slowed (progressively) before it gets far. The per-username row of login_throttle stays as
-- the account-wide ceiling against guessing from many addresses.
CREATE TABLE login_throttle_source (
  username        text        NOT NULL,
  address         text        NOT NULL,
  failures        integer     NOT NULL,
  last_failure_at timestamptz NOT NULL,
  locked_until    timestamptz,
  PRIMARY KEY (username, address)
);

CREATE TABLE login_throttle_address (
  address         text        PRIMARY KEY,
  failures        integer     NOT NULL,
  last_failure_at timestamptz NOT NULL,
  blocked_until   timestamptz
);

-- Issue 13.13: how many NIK-revealing answers (duplicate_nik, a lookup that found a worker) a
-- field officer got in the current window; over the limit the NIK questions are refused (429).
CREATE TABLE nik_probe (
  user_id      uuid        PRIMARY KEY REFERENCES app_user (id),
  probes       integer     NOT NULL,
  window_start timestamptz NOT NULL
);
