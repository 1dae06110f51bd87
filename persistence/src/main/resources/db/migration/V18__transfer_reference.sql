-- The bank's answer is matched by the transfer reference (berita transfer) the transfer file
-- gave each transfer, and its amount, never by a payout id alone. New references are random
-- (BatchService, Batching.newTransferReference); the items batched before this migration keep
-- the reference their transfer file already carried (derived from the payout id), so an open
-- batch's answer still matches. A payout retried in several batches keeps one reference per
-- batch item, unique within its batch.
ALTER TABLE payout_batch_item ADD COLUMN transfer_reference text;
UPDATE payout_batch_item
   SET transfer_reference = 'NGP-' || upper(substr(replace(payout_id::text, '-', ''), 21));
ALTER TABLE payout_batch_item ALTER COLUMN transfer_reference SET NOT NULL;
ALTER TABLE payout_batch_item ADD CONSTRAINT payout_batch_item_reference_length
  CHECK (length(transfer_reference) BETWEEN 8 AND 35);
CREATE UNIQUE INDEX payout_batch_item_reference_idx ON payout_batch_item (batch_id, transfer_reference);
