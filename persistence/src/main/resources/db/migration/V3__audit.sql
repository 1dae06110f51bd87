-- Tamper-evident audit trail. Every entry carries SHA-256(previous hash || canonical content),
-- so changing, removing or reordering any entry breaks the chain from that entry on.
-- Appends are serialised by the single audit_head row (locked until commit), which also
-- makes seq gapless. The table refuses UPDATE, DELETE and TRUNCATE.

CREATE TABLE audit_entry (
  seq         bigint      PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor_id    uuid,
  actor_role  text,
  action      text        NOT NULL,
  entity_type text        NOT NULL,
  entity_id   text        NOT NULL,
  before      jsonb,
  after       jsonb,
  prev_hash   bytea       NOT NULL,
  hash        bytea       NOT NULL
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, seq);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, seq);

CREATE TABLE audit_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq       bigint  NOT NULL,
  hash      bytea   NOT NULL
);
INSERT INTO audit_head (singleton, seq, hash) VALUES (true, 0, decode(repeat('00', 32), 'hex'));

-- The one definition of an entry's content, used both to append and to verify.
CREATE FUNCTION audit_canonical(seq bigint, occurred_at timestamptz, actor_id uuid, actor_role text, action text,
                                entity_type text, entity_id text, before jsonb, after jsonb)
RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT convert_to(concat_ws('|',
    seq::text,
    to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(actor_id::text, '-'),
    coalesce(actor_role, '-'),
    action, entity_type, entity_id,
    coalesce(before::text, 'null'),
    coalesce(after::text, 'null')), 'UTF8')
$$;

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
