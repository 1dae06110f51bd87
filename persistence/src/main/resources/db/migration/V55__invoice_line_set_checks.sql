-- A month's premium invoice lines (one per billed membership: 1,000,000 for a city, ten times that
-- for a province) were checked against their invoice and membership by two foreign keys, i.e. two
-- row triggers and two index probes per line: about two thirds of the generation's time (measured:
-- 30.7 s with them, 9.1 s without, for 200,000 lines on a busy machine). The same guarantee is kept
-- set-based instead:
--   * after each INSERT or UPDATE statement on the lines, one anti-join over the statement's new
--     rows finds any line whose invoice or membership does not exist (SQLSTATE 23503, as the foreign
--     key raised);
--   * a membership or invoice that lines refer to can be neither deleted nor given another id
--     (23503 as well).
-- Race: the foreign keys also locked each referenced row (KEY SHARE) until commit. The only writer
-- of lines, invoice generation, first takes the membership table in SHARE mode (no membership can
-- be deleted until it commits) and writes lines only for the invoice it created in the same
-- transaction (invisible to anyone else until then), so no row lock per line is needed.
ALTER TABLE premium_invoice_line
  DROP CONSTRAINT premium_invoice_line_invoice_id_fkey,
  DROP CONSTRAINT premium_invoice_line_membership_id_fkey;

CREATE FUNCTION premium_invoice_line_references() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orphan record;
BEGIN
  SELECT n.invoice_id, n.membership_id INTO orphan
  FROM new_lines n
  WHERE NOT EXISTS (SELECT 1 FROM premium_invoice i WHERE i.id = n.invoice_id)
     OR NOT EXISTS (SELECT 1 FROM membership m WHERE m.id = n.membership_id)
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'premium_invoice_line refers to a missing invoice % or membership %', orphan.invoice_id, orphan.membership_id
      USING ERRCODE = 'foreign_key_violation', TABLE = 'premium_invoice_line';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER premium_invoice_line_references_insert AFTER INSERT ON premium_invoice_line
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION premium_invoice_line_references();
CREATE TRIGGER premium_invoice_line_references_update AFTER UPDATE ON premium_invoice_line
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION premium_invoice_line_references();

-- Before a membership or invoice is deleted or given another id: refused while lines refer to it
-- (TG_ARGV[0]: the lines' column that refers to this table; the index on it answers).
CREATE FUNCTION premium_invoice_line_keep_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  referred boolean;
BEGIN
  IF TG_OP = 'DELETE' OR NEW.id <> OLD.id THEN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM premium_invoice_line WHERE %I = $1)', TG_ARGV[0]) INTO referred USING OLD.id;
    IF referred THEN
      RAISE EXCEPTION '% % is on premium invoice lines', TG_TABLE_NAME, OLD.id
        USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER membership_keep_invoiced BEFORE DELETE OR UPDATE OF id ON membership
  FOR EACH ROW EXECUTE FUNCTION premium_invoice_line_keep_referenced('membership_id');
CREATE TRIGGER premium_invoice_keep_lines BEFORE DELETE OR UPDATE OF id ON premium_invoice
  FOR EACH ROW EXECUTE FUNCTION premium_invoice_line_keep_referenced('invoice_id');
