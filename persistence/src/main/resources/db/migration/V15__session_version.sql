-- Sessions end at once. Every access token carries its user's session_version ("sv"); a
-- request whose token's version is not the stored one is refused. The version moves in the
-- same transaction as whatever ends the user's sessions: a change of role, scope, active
-- flag or password (this trigger, whoever runs the UPDATE — the API or an operator with
-- psql), and logout or a stolen refresh token (the API bumps it). Every change of the row
-- is announced on the channel 'ngopeni_user_changed' (payload: the user's id) at commit, so
-- every instance drops its cached copy of the row.

ALTER TABLE app_user ADD COLUMN session_version bigint NOT NULL DEFAULT 1;

CREATE FUNCTION app_user_session_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.session_version < OLD.session_version THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  IF NEW.session_version = OLD.session_version
     AND (NEW.role IS DISTINCT FROM OLD.role
          OR NEW.active IS DISTINCT FROM OLD.active
          OR NEW.kelurahan_codes IS DISTINCT FROM OLD.kelurahan_codes
          OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
          OR NEW.username IS DISTINCT FROM OLD.username
          OR NEW.id IS DISTINCT FROM OLD.id) THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER app_user_session_version
  BEFORE UPDATE ON app_user
  FOR EACH ROW EXECUTE FUNCTION app_user_session_version();

CREATE FUNCTION app_user_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ngopeni_user_changed', OLD.id::text);
  RETURN NULL;
END;
$$;

-- Every UPDATE (not only those that move the version: cheap, and a cache can never keep a
-- row that differs from the table) and every DELETE.
CREATE TRIGGER app_user_changed
  AFTER UPDATE OR DELETE ON app_user
  FOR EACH ROW EXECUTE FUNCTION app_user_changed();
