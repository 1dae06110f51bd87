package id.ngopeni.persistence.worker.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One bulk import as stored: its progress counters, where it stands in the file and who holds it.
 *
 * @param scopeKelurahan the uploading field officer's kelurahan, or null for a city-wide import
 * @param total data rows in the file, null until the job has counted them
 * @param lastRow row number (header = 1) of the last row of the last committed batch
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
    Instant finishedAt) {

  public ImportJob {
    scopeKelurahan = scopeKelurahan == null ? null : List.copyOf(scopeKelurahan);
  }
}
