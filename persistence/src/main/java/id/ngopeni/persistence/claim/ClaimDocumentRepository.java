package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.DocumentKind;
import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * SQL for the documents of a claim; the bytes live in {@code claim_document.content}, sealed for
 * the document ({@link SealedField#CLAIM_DOCUMENT}: scans of KTPs and bank books show NIKs and
 * accounts). {@code size} and {@code sha256} are the plain file's.
 */
public final class ClaimDocumentRepository {
  private static final String COLUMNS = "id, claim_id, kind, content_type, size, sha256, uploaded_by, uploaded_at";

  private static final String INSERT =
      """
      INSERT INTO claim_document (id, claim_id, kind, content_type, size, sha256, content, uploaded_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      RETURNING %s
      """.formatted(COLUMNS);

  private static final String LIST =
      "SELECT " + COLUMNS + " FROM claim_document WHERE claim_id = $1 ORDER BY id";

  private static final String KINDS = "SELECT DISTINCT kind FROM claim_document WHERE claim_id = $1";

  /** An erased document (retention: its closed case's period ended) has no bytes left to download. */
  private static final String CONTENT =
      "SELECT " + COLUMNS + ", content FROM claim_document WHERE claim_id = $1 AND id = $2 AND erased_at IS NULL";

  /**
   * The other documents with the same SHA-256 (of the clear file) on this claim or on another
   * claim of the same worker, not erased, oldest first.
   */
  private static final String IDENTICAL =
      """
      SELECT d.id, d.claim_id, c.number AS claim_number, d.kind
      FROM claim_document d JOIN claim c ON c.id = d.claim_id
      WHERE d.sha256 = $1 AND d.id <> $2 AND d.erased_at IS NULL
        AND c.worker_id = (SELECT worker_id FROM claim WHERE id = $3)
      ORDER BY d.id
      """;

  /** A document another upload is identical to: where it is and what it was filed as. */
  public record Identical(UUID documentId, UUID claimId, String claimNumber, DocumentKind kind) {}

  /** A document with its bytes, for a download. */
  public record Content(StoredDocument document, Buffer bytes) {}

  private final FieldCipher cipher;

  public ClaimDocumentRepository(FieldCipher cipher) {
    this.cipher = cipher;
  }

  public Future<StoredDocument> insert(
      SqlClient tx, UUID id, UUID claimId, DocumentKind kind, String contentType, String sha256, Buffer bytes,
      UUID uploadedBy) {
    Tuple params = Tuple.tuple().addUUID(id).addUUID(claimId).addString(kind.name()).addString(contentType)
        .addInteger(bytes.length()).addString(sha256)
        .addBuffer(Buffer.buffer(cipher.seal(SealedField.CLAIM_DOCUMENT, id, bytes.getBytes()))).addUUID(uploadedBy);
    return tx.preparedQuery(INSERT).execute(params).map(rows -> toDocument(rows.iterator().next()));
  }

  /** The documents of the claim's worker (on any of their claims) identical to {@code document}. */
  public Future<List<Identical>> identical(SqlClient db, StoredDocument document) {
    return db.preparedQuery(IDENTICAL).execute(Tuple.of(document.sha256(), document.id(), document.claimId()))
        .map(rows -> {
          List<Identical> found = new ArrayList<>();
          rows.forEach(r -> found.add(new Identical(r.getUUID("id"), r.getUUID("claim_id"), r.getString("claim_number"),
              DocumentKind.valueOf(r.getString("kind")))));
          return found;
        });
  }

  public Future<List<StoredDocument>> list(SqlClient db, UUID claimId) {
    return db.preparedQuery(LIST).execute(Tuple.of(claimId)).map(rows -> {
      List<StoredDocument> documents = new ArrayList<>();
      rows.forEach(r -> documents.add(toDocument(r)));
      return documents;
    });
  }

  public Future<Set<DocumentKind>> kindsPresent(SqlClient db, UUID claimId) {
    return db.preparedQuery(KINDS).execute(Tuple.of(claimId)).map(rows -> {
      Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
      rows.forEach(r -> kinds.add(DocumentKind.valueOf(r.getString("kind"))));
      return kinds;
    });
  }

  public Future<Optional<Content>> content(SqlClient db, UUID claimId, UUID documentId) {
    return db.preparedQuery(CONTENT).execute(Tuple.of(claimId, documentId)).map(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) {
        return Optional.empty();
      }
      Row row = it.next();
      return Optional.of(new Content(toDocument(row),
          Buffer.buffer(cipher.openBytes(SealedField.CLAIM_DOCUMENT, documentId, row.getBuffer("content").getBytes()))));
    });
  }

  private static StoredDocument toDocument(Row r) {
    return new StoredDocument(r.getUUID("id"), r.getUUID("claim_id"), DocumentKind.valueOf(r.getString("kind")),
        r.getString("content_type"), r.getInteger("size"), r.getString("sha256"), r.getUUID("uploaded_by"),
        r.getOffsetDateTime("uploaded_at").toInstant());
  }
}
