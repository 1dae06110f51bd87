package id.ngopeni.api.worker.importing;

import id.ngopeni.api.http.AcceptLanguage;
import id.ngopeni.domain.problem.Language;
import id.ngopeni.domain.worker.ImportStatus;
import id.ngopeni.persistence.worker.importing.ImportJob;
import id.ngopeni.persistence.worker.importing.RowError;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** JSON of import jobs and their row errors, for the API and the audit trail. */
final class ImportJson {
  private ImportJson() {}

  /** The job, a failure's message in {@code language} (its code never changes). */
  static JsonObject of(ImportJob job, Language language) {
    JsonObject json = new JsonObject()
        .put("id", job.id().toString())
        .put("status", job.status().name())
        .put("format", job.format())
        .put("sizeBytes", job.sizeBytes())
        .put("total", job.total())
        .put("processed", job.processed())
        .put("inserted", job.inserted())
        .put("duplicates", job.duplicates())
        .put("failed", job.failed())
        .put("createdBy", job.createdBy().toString())
        .put("createdAt", text(job.createdAt()))
        .put("startedAt", text(job.startedAt()))
        .put("finishedAt", text(job.finishedAt()))
        .put("duplicateCheck", duplicateCheck(job));
    if (job.errorCode() != null) {
      json.put("failure", new JsonObject().put("code", job.errorCode())
          .put("message", FailureMessage.in(job.errorCode(), job.errorMessage(), language)));
    }
    return json;
  }

  /**
   * The check of a DONE import's workers for possible duplicates ({@code ImportDuplicateCheck}):
   * PENDING until it ends, then DONE with the reviews it opened; null for an import not DONE.
   */
  private static JsonObject duplicateCheck(ImportJob job) {
    if (job.status() != ImportStatus.DONE) {
      return null;
    }
    return new JsonObject().put("status", job.duplicatesCheckedAt() == null ? "PENDING" : "DONE")
        .put("reviews", job.duplicateReviews()).put("checkedAt", text(job.duplicatesCheckedAt()));
  }

  /** A refused row's field, its message in {@code language}. */
  static JsonObject of(RowError e, Language language) {
    return new JsonObject().put("row", e.row()).put("field", e.field()).put("code", e.code())
        .put("message", AcceptLanguage.message(e.code(), e.message(), language));
  }

  /** The {@code import.started} audit entry's state. */
  static JsonObject started(ImportJob job) {
    return new JsonObject()
        .put("status", job.status().name())
        .put("format", job.format())
        .put("sizeBytes", job.sizeBytes())
        .put("scopeKelurahan", job.scopeKelurahan());
  }

  /** The {@code import.finished} audit entry's state. */
  static JsonObject finished(ImportJob job) {
    return new JsonObject()
        .put("status", job.status().name())
        .put("format", job.format())
        .put("createdBy", job.createdBy().toString())
        .put("total", job.total())
        .put("processed", job.processed())
        .put("inserted", job.inserted())
        .put("duplicates", job.duplicates())
        .put("failed", job.failed())
        .put("errorCode", job.errorCode());
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
