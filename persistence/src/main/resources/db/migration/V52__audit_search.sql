-- Reading the audit trail as an auditor does (issue 19.7): by period, by actor, by action and by
-- person, newest first. occurred_at grows with seq (appends are serialised under the head's
-- lock), so a period is a range of both; actor_id already has its index (V3).

CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_action_idx ON audit_entry (action text_pattern_ops, seq);

-- The worker an entry is about, as the entry itself says: a worker entity, or the workerId its
-- after (else before) state names (memberships, claims, santunan events, deaths, refunds, decree
-- exceptions and changes). Payouts and claim documents name their worker through their own rows.
CREATE FUNCTION audit_worker_ref(entity_type text, entity_id text, before jsonb, after jsonb)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN entity_type = 'worker' THEN entity_id
              ELSE coalesce(after ->> 'workerId', before ->> 'workerId') END
$$;

CREATE INDEX audit_entry_worker_idx ON audit_entry (audit_worker_ref(entity_type, entity_id, before, after), seq)
  WHERE audit_worker_ref(entity_type, entity_id, before, after) IS NOT NULL;
