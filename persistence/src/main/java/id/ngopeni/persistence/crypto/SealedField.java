package id.ngopeni.persistence.crypto;

/**
 * What a sealed value is: part of its associated data, with the row it belongs to, so a cipher
 * text copied into another column or another row no longer opens. The owner is the person or
 * record the value belongs to: a premium invoice line keeps a copy of the worker's NIK sealed as
 * that worker's NIK (the same value of the same person, snapshotted).
 */
public enum SealedField {
  /** worker.nik_cipher and premium_invoice_line.nik_cipher; owner: the worker's id. */
  WORKER_NIK("worker.nik"),
  /** worker.phone_cipher; owner: the worker's id. */
  WORKER_PHONE("worker.phone"),
  /** heir.nik_cipher; owner: the heir's id. */
  HEIR_NIK("heir.nik"),
  /** payout.account_cipher; owner: the payout's id. */
  PAYOUT_ACCOUNT("payout.account_number"),
  /** idempotency_key.response_body (answers may carry a NIK or an account); owner: user id and key. */
  IDEMPOTENT_ANSWER("idempotency_key.response_body"),
  /** worker_import_chunk.data (the uploaded file); owner: the import's id and the chunk's number. */
  IMPORT_CHUNK("worker_import_chunk.data"),
  /** claim_document.content (scans of KTP, family cards, bank books: they show NIKs and accounts); owner: the document's id. */
  CLAIM_DOCUMENT("claim_document.content"),
  /** data_key_check.check_value: a known text per key id, to tell a wrong key at start-up. */
  KEY_CHECK("data_key_check");

  private final String label;

  SealedField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
