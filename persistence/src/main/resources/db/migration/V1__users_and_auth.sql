-- Users, refresh tokens and login throttling: everything authentication keeps in the
-- database so that any number of instances behave as one.

CREATE TABLE app_user (
  id              uuid PRIMARY KEY,
  username        text        NOT NULL,
  password_hash   text        NOT NULL,
  role            text        NOT NULL,
  kelurahan_codes text[]      NOT NULL DEFAULT '{}',
  active          boolean     NOT NULL DEFAULT true,
  version         integer     NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT app_user_username_key UNIQUE (username),
  CONSTRAINT app_user_username_shape CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  CONSTRAINT app_user_role_known
    CHECK (role IN ('ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR', 'FIELD_OFFICER')),
  -- Only field officers are scoped to kelurahan, and they must have at least one.
  CONSTRAINT app_user_scope_matches_role
    CHECK ((role = 'FIELD_OFFICER') = (cardinality(kelurahan_codes) > 0))
);

-- Rotating refresh tokens. Only a SHA-256 of the token is stored. A family is one login;
-- presenting a spent token revokes the whole family (the token was stolen or replayed).
CREATE TABLE refresh_token (
  token_hash  bytea       PRIMARY KEY,
  family_id   uuid        NOT NULL,
  user_id     uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  issued_at   timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  spent_at    timestamptz,
  revoked_at  timestamptz
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_user_idx ON refresh_token (user_id);

-- Failed logins per username (known or not, so the answer reveals nothing).
CREATE TABLE login_throttle (
  username        text        PRIMARY KEY,
  failures        integer     NOT NULL,
  last_failure_at timestamptz NOT NULL,
  locked_until    timestamptz
);
