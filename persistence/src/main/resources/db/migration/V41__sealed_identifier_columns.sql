-- Identifiers encrypted at rest (issue 17, item 1), step 1 of 3: the new columns beside the clear
-- ones. V42 (a Java migration, persistence/crypto/EncryptIdentifiers: a migration in SQL cannot
-- see the keys) fills them from the clear values; V43 drops the clear columns and moves every
-- constraint, index and function onto the new ones.
--
-- A sealed value (bytea) is [key id: 1 byte][nonce: 12 bytes][AES-256-GCM cipher text + tag],
-- authenticated together with its column and owner (persistence/crypto/FieldCipher). A blind
-- index or keyed prefix is an HMAC-SHA256 under the index key (persistence/crypto/BlindIndex).

ALTER TABLE worker
  ADD COLUMN nik_cipher   bytea,
  ADD COLUMN nik_hash     bytea,  -- HMAC of the 16 digits: exact lookup, uniqueness, DTSEN and BPJS matching
  ADD COLUMN nik_region   text,   -- the first 6 digits in clear: province, regency, kecamatan of issue
  ADD COLUMN nik_p8       bytea,  -- HMAC-128 of the first 8 digits: region + birth day
  ADD COLUMN nik_p10      bytea,  -- ... 10: + birth month
  ADD COLUMN nik_p12      bytea,  -- ... 12: + birth year
  ADD COLUMN phone_cipher bytea;

ALTER TABLE heir
  ADD COLUMN nik_cipher bytea,
  ADD COLUMN nik_hash   bytea;

ALTER TABLE payout ADD COLUMN account_cipher bytea;

-- The snapshot's NIK: the worker's sealed NIK copied as it was (sealed for that worker).
ALTER TABLE premium_invoice_line ADD COLUMN nik_cipher bytea;

-- BPJS's bill rows are matched by NIK and never shown by it: the blind index is all they keep.
ALTER TABLE bpjs_bill_row ADD COLUMN nik_hash bytea;

-- DTSEN deciles by the blind index of the NIK (the extract's people need not be workers).
ALTER TABLE dtsen_decile ADD COLUMN nik_hash bytea;

-- One known value sealed under each data key (key_id 1-255), and the index key's digest of a
-- known text (key_id 0): a start with keys that do not fit stops with a message, instead of
-- sealing under a second key or reading garbage (persistence/crypto/DataKeyCheck).
CREATE TABLE data_key_check (
  key_id      smallint    PRIMARY KEY CHECK (key_id BETWEEN 0 AND 255),
  check_value bytea       NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
