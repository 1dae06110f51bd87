package id.ngopeni.api.claim;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.claim.DocumentKind;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.ImportError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.claim.ClaimDocumentRepository;
import id.ngopeni.persistence.claim.StoredDocument;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import java.util.UUID;

/** Uploading, listing and downloading a claim's supporting documents. */
public record DocumentService(AppContext context, ClaimDocumentRepository documents, ClaimAccess access,
    ReadRecorder recorder) {
  public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

  /** A checked upload: its type recognised from the bytes, and their SHA-256. */
  record Checked(FileType type, String sha256, Buffer bytes) {}

  /** A stored upload and the worker's documents it is identical to (a warning, not a refusal). */
  public record Uploaded(StoredDocument document, List<ClaimDocumentRepository.Identical> identical) {}

  /**
   * Stores an uploaded file for the claim. Reading and hashing up to 10 MiB runs on a worker
   * thread; the insert and its audit entry (kind, type, size, hash, never the bytes) share one
   * transaction with the claim row locked, so a document never lands on a claim being closed.
   * A file identical (same SHA-256) to a document already on this claim or on another claim of
   * the same worker is stored all the same, and named in the answer (issue 19.6).
   */
  public Future<Uploaded> upload(Caller caller, UUID claimId, DocumentKind kind, Path file) {
    // Scope first, so someone outside it learns nothing from how their file is judged.
    return access.visible(context.pool(), caller, claimId)
        .compose(visible -> context.vertx().executeBlocking(() -> check(file), false))
        .compose(checked -> context.pool().withTransaction(tx -> access.locked(tx, caller, claimId)
            .compose(claim -> {
              if (claim.claim().status().isClosed()) {
                throw new Conflict(ClaimError.CLAIM_CLOSED, "The claim is " + claim.claim().status() + "; it takes no more documents.");
              }
              return documents.insert(tx, Ids.newId(), claimId, kind, checked.type().contentType(), checked.sha256(),
                  checked.bytes(), caller.userId());
            })
            .compose(doc -> documents.identical(tx, doc)
                .compose(same -> context.audit().append(tx, event(caller, doc, same.size())).map(seq -> new Uploaded(doc, same))))));
  }

  public Future<List<StoredDocument>> list(Caller caller, UUID claimId) {
    return access.visible(context.pool(), caller, claimId).compose(claim -> documents.list(context.pool(), claimId));
  }

  /** A document's bytes; the download is recorded (the claim's worker, the document's id and kind) first. */
  public Future<ClaimDocumentRepository.Content> download(Reader who, UUID claimId, UUID documentId) {
    return access.visible(context.pool(), who.caller(), claimId)
        .compose(claim -> documents.content(context.pool(), claimId, documentId)
            .map(found -> found.orElseThrow(DocumentService::notFound))
            .compose(content -> recorder.record(who, ReadKind.DOWNLOAD, List.of(claim.claim().workerId()),
                Set.of(PersonalField.DOCUMENT), null, new JsonObject().put("claimId", claimId.toString())
                    .put("documentId", documentId.toString()).put("documentKind", content.document().kind().name()))
                .map(content)));
  }

  private static Checked check(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length == 0) {
      throw Invalid.of("file", ImportError.FILE_EMPTY);
    }
    FileType type = FileType.detect(bytes).orElseThrow(() ->
        Invalid.of("file", ClaimError.FILE_TYPE_UNSUPPORTED));
    return new Checked(type, sha256(bytes), Buffer.buffer(bytes));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AuditEvent event(Caller caller, StoredDocument doc, int identical) {
    JsonObject after = new JsonObject()
        .put("claimId", doc.claimId().toString())
        .put("kind", doc.kind().name())
        .put("contentType", doc.contentType())
        .put("size", doc.size())
        .put("sha256", doc.sha256())
        .put("identicalDocuments", identical);
    return new AuditEvent(caller.userId(), caller.role().name(), "document.uploaded", "claim_document",
        doc.id().toString(), null, after);
  }

  static NotFound notFound() {
    return new NotFound(ClaimError.DOCUMENT_NOT_FOUND);
  }
}
