package id.ngopeni.persistence.crypto;

import java.util.List;

/**
 * A column that holds sealed values: its table, its key (columns and their SQL types, for keyset
 * batches), the SQL expression of each value's owner ({@link SealedField}) and how many of its
 * values a rotation batch may hold (a file's chunk is 1 MiB, a document up to 10 MiB). {@link
 * #ALL} is every one of them: what key rotation re-encrypts.
 */
public record SealedColumn(String table, String column, SealedField field, List<String> keys, List<String> keyTypes,
    String owner, int maxBatch) {

  /** A column of small values (identifiers, JSON answers): any batch size. */
  SealedColumn(String table, String column, SealedField field, List<String> keys, List<String> keyTypes, String owner) {
    this(table, column, field, keys, keyTypes, owner, Integer.MAX_VALUE);
  }

  public static final List<SealedColumn> ALL = List.of(
      new SealedColumn("worker", "nik_cipher", SealedField.WORKER_NIK, List.of("id"), List.of("uuid"), "id::text"),
      new SealedColumn("worker", "phone_cipher", SealedField.WORKER_PHONE, List.of("id"), List.of("uuid"), "id::text"),
      new SealedColumn("heir", "nik_cipher", SealedField.HEIR_NIK, List.of("id"), List.of("uuid"), "id::text"),
      new SealedColumn("payout", "account_cipher", SealedField.PAYOUT_ACCOUNT, List.of("id"), List.of("uuid"), "id::text"),
      new SealedColumn("premium_invoice_line", "nik_cipher", SealedField.WORKER_NIK, List.of("invoice_id", "membership_id"),
          List.of("uuid", "uuid"), "worker_id::text"),
      new SealedColumn("idempotency_key", "response_body", SealedField.IDEMPOTENT_ANSWER, List.of("user_id", "key"),
          List.of("uuid", "text"), "user_id::text || ':' || key"),
      new SealedColumn("worker_import_chunk", "data", SealedField.IMPORT_CHUNK, List.of("import_id", "seq"),
          List.of("uuid", "int4"), "import_id::text || ':' || seq", 16),
      new SealedColumn("claim_document", "content", SealedField.CLAIM_DOCUMENT, List.of("id"), List.of("uuid"),
          "id::text", 4));

  /** {@code table.column}, as progress is reported. */
  public String name() {
    return table + "." + column;
  }
}
