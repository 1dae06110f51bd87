package id.ngopeni.persistence.worker.importing;

import id.ngopeni.domain.worker.ImportStatus;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One bulk import as stored: its progress counters, where it stands in the file and who holds it.
 *
 * @param scopeKelurahan the uploading field officer's kelurahan, or null for a city-wide import
 * @param total data rows in the file, null until the job has counted them
 * @param lastRow row number (header = 1) of the last row of the last committed batch
 * @param duplicatesCheckedAt when the duplicate check of a DONE import ended (V61), null before
 * @param duplicateReviews the duplicate reviews that check has opened so far
 */
public record ImportJob(
    UUID id,
    ImportStatus status,
    String format,
    long sizeBytes,
    UUID createdBy,
    String createdByRole,
    List<String> scopeKelurahan,
    Integer total,
    int processed,
    int inserted,
    int duplicates,
    int failed,
    int lastRow,
    String errorCode,
    String errorMessage,
    int attempts,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Instant duplicatesCheckedAt,
    int duplicateReviews) {

  public ImportJob {
    scopeKelurahan = scopeKelurahan == null ? null : List.copyOf(scopeKelurahan);
  }

  /** The job as a row of {@code worker_import} holds it. */
  static ImportJob from(Row r) {
    String[] scope = r.getArrayOfStrings("scope_kelurahan");
    return new ImportJob(
        r.getUUID("id"),
        ImportStatus.valueOf(r.getString("status")),
        r.getString("format"),
        r.getLong("size_bytes"),
        r.getUUID("created_by"),
        r.getString("created_by_role"),
        scope == null ? null : List.of(scope),
        r.getInteger("total"),
        r.getInteger("processed"),
        r.getInteger("inserted"),
        r.getInteger("duplicates"),
        r.getInteger("failed"),
        r.getInteger("last_row"),
        r.getString("error_code"),
        r.getString("error_message"),
        r.getInteger("attempts"),
        instant(r.getOffsetDateTime("created_at")),
        instant(r.getOffsetDateTime("started_at")),
        instant(r.getOffsetDateTime("finished_at")),
        instant(r.getOffsetDateTime("duplicates_checked_at")),
        r.getInteger("duplicate_reviews"));
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
