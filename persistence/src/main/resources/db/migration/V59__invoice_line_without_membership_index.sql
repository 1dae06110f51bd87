-- The line table keeps one index, its primary key (invoice_id, membership_id). The index on
-- membership_id alone was a random insert per line into an index of every month's lines (at a
-- province, 29 million entries after a year, far larger than shared_buffers). Its readers all
-- look for one worker's lines: they go through the worker's memberships and probe the primary
-- key once per invoice (a few dozen invoices a year: a nested loop of index probes). The month's
-- lines are written in membership_id order, so the primary key grows at its right edge.
DROP INDEX premium_invoice_line_membership_idx;

-- Before a membership or invoice is deleted or given another id: refused while lines refer to it.
-- An invoice's lines are the primary key's leading column; a membership's are found invoice by
-- invoice through the primary key (no index on membership_id any more).
CREATE OR REPLACE FUNCTION premium_invoice_line_keep_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  referred boolean;
BEGIN
  IF TG_OP = 'DELETE' OR NEW.id <> OLD.id THEN
    IF TG_ARGV[0] = 'invoice_id' THEN
      SELECT EXISTS (SELECT 1 FROM premium_invoice_line WHERE invoice_id = OLD.id) INTO referred;
    ELSE
      SELECT EXISTS (SELECT 1 FROM premium_invoice i JOIN premium_invoice_line l
                     ON l.invoice_id = i.id AND l.membership_id = OLD.id) INTO referred;
    END IF;
    IF referred THEN
      RAISE EXCEPTION '% % is on premium invoice lines', TG_TABLE_NAME, OLD.id
        USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
