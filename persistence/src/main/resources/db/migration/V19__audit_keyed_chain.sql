-- The chain is keyed from here on: each new entry's hash is HMAC-SHA256(key, previous hash ||
-- canonical content) with a key the database never holds (computed by the application), so
-- whoever can write the database can no longer recompute a valid chain. Entries written before
-- this migration keep their plain SHA-256 hashes; a plain entry after the first keyed one is a
-- break. The canonical content stays audit_canonical(): both sides compute it the same way.
ALTER TABLE audit_entry ADD COLUMN keyed boolean NOT NULL DEFAULT false;
