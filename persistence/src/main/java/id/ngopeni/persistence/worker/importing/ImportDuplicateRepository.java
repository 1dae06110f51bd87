package id.ngopeni.persistence.worker.importing;

import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
import id.ngopeni.persistence.worker.DuplicateCandidate;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The duplicate check of finished imports (V61): which import is still to be checked, the next
 * chunk of the workers registered while it ran with each one's possible duplicates among the
 * workers registered before it, and how far the check has come.
 */
public final class ImportDuplicateRepository {
  /**
   * An import whose workers are not all checked yet: finished (locked by the check, SKIP LOCKED),
   * or still queued or running ({@code finishedAt} null).
   */
  public record Pending(UUID id, UUID createdBy, String createdByRole, Instant createdAt, Instant finishedAt,
      UUID checkedTo, int reviews) {}

  /** A worker of the chunk with the workers registered before it who look like them (none: an empty list). */
  public record Checked(UUID id, String nik, String nameKey, List<DuplicateCandidate> candidates) {
    @Override
    public String toString() {
      return "Checked[id=" + id + ", candidates=" + candidates.size() + "]";
    }
  }

  private static final String NEXT = """
      SELECT id, created_by, created_by_role, created_at, finished_at, duplicates_checked_to, duplicate_reviews
      FROM worker_import
      WHERE status = 'DONE' AND duplicates_checked_at IS NULL
      ORDER BY created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED""";

  /** Every import not all checked: finished and unchecked, or queued or running. */
  private static final String PENDING = """
      SELECT id, created_by, created_by_role, created_at, finished_at, duplicates_checked_to, duplicate_reviews
      FROM worker_import
      WHERE (status = 'DONE' AND duplicates_checked_at IS NULL) OR status IN ('QUEUED', 'RUNNING')""";

  /**
   * Workers (the subquery %s, without a review) each with at most ten workers born the same day,
   * registered before them (a lower id), with an equal or similar name key — the registration's
   * own candidate rule ({@link WorkerRepository#SIMILAR_NAME}, $1).
   */
  private static final String CANDIDATES = """
      SELECT w.id, w.nik_cipher, w.name_key,
             c.id AS candidate_id, c.nik_cipher AS candidate_nik, c.full_name AS candidate_name,
             c.kelurahan_code AS candidate_kelurahan, c.name_key AS candidate_key, c.score
      FROM (SELECT w.id, w.nik_cipher, w.name_key, w.birth_date
            FROM worker w
            WHERE %s AND NOT EXISTS (SELECT 1 FROM duplicate_review r WHERE r.worker_id = w.id)
            ORDER BY w.id
            LIMIT $2) w
      LEFT JOIN LATERAL (
        SELECT c.id, c.nik_cipher, c.full_name, c.kelurahan_code, c.name_key, similarity(c.name_key, w.name_key) AS score
        FROM worker c
        WHERE c.birth_date = w.birth_date AND c.id < w.id
          AND (c.name_key = w.name_key OR similarity(c.name_key, w.name_key) > $1::float8)
        ORDER BY score DESC, c.id
        LIMIT 10) c ON true
      ORDER BY w.id, c.score DESC, c.id""";

  /** The next workers after $3 up to $4, in id order. */
  private static final String CHUNK = CANDIDATES.formatted("w.id > $3 AND w.id <= $4");

  /** One worker. */
  private static final String ONE = CANDIDATES.formatted("w.id = $3");

  private static final String ADVANCE = """
      UPDATE worker_import
      SET duplicates_checked_to = $2, duplicate_reviews = duplicate_reviews + $3,
          duplicates_checked_at = CASE WHEN $4 THEN now() END
      WHERE id = $1""";

  private final DataCrypto crypto;

  public ImportDuplicateRepository(DataCrypto crypto) {
    this.crypto = crypto;
  }

  public Future<Optional<Pending>> next(SqlClient tx) {
    return tx.query(NEXT).execute().map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(pending(rows.iterator().next())));
  }

  /** Every import whose workers are not all checked (a handful at most), not locked. */
  public Future<List<Pending>> pending(SqlClient db) {
    return db.query(PENDING).execute().map(rows -> {
      List<Pending> out = new ArrayList<>();
      rows.forEach(r -> out.add(pending(r)));
      return out;
    });
  }

  private static Pending pending(Row r) {
    OffsetDateTime finished = r.getOffsetDateTime("finished_at");
    return new Pending(r.getUUID("id"), r.getUUID("created_by"), r.getString("created_by_role"),
        r.getOffsetDateTime("created_at").toInstant(), finished == null ? null : finished.toInstant(),
        r.getUUID("duplicates_checked_to"), r.getInteger("duplicate_reviews"));
  }

  /** One worker without a review, with their candidates; empty when they have a review (or do not exist). */
  public Future<Optional<Checked>> one(SqlClient tx, UUID workerId) {
    return tx.preparedQuery(ONE).execute(Tuple.of(WorkerRepository.SIMILAR_NAME, 1, workerId))
        .map(rows -> group(rows).stream().findFirst());
  }

  /**
   * At most {@code limit} workers after {@code after} up to {@code upTo}, in id order. NIKs are
   * opened only where a candidate has the same name key (where a one-digit slip is looked for).
   */
  public Future<List<Checked>> chunk(SqlClient tx, UUID after, UUID upTo, int limit) {
    return tx.preparedQuery(CHUNK).execute(Tuple.of(WorkerRepository.SIMILAR_NAME, limit, after, upTo)).map(this::group);
  }

  private List<Checked> group(Iterable<Row> rows) {
    Map<UUID, List<Row>> byWorker = new LinkedHashMap<>();
    rows.forEach(r -> byWorker.computeIfAbsent(r.getUUID("id"), k -> new ArrayList<>()).add(r));
    List<Checked> out = new ArrayList<>(byWorker.size());
    byWorker.forEach((id, found) -> out.add(checked(id, found)));
    return out;
  }

  private Checked checked(UUID id, List<Row> found) {
    Row first = found.get(0);
    String key = first.getString("name_key");
    List<DuplicateCandidate> candidates = new ArrayList<>();
    boolean sameKey = false;
    for (Row r : found) {
      UUID candidate = r.getUUID("candidate_id");
      if (candidate == null) {
        continue;
      }
      String candidateKey = r.getString("candidate_key");
      boolean equal = candidateKey.equals(key);
      sameKey |= equal;
      String nik = equal ? crypto.cipher().open(SealedField.WORKER_NIK, candidate, Bytes.of(r, "candidate_nik")) : null;
      candidates.add(new DuplicateCandidate(candidate, nik, r.getString("candidate_name"), r.getString("candidate_kelurahan"),
          candidateKey, r.getFloat("score")));
    }
    String nik = sameKey ? crypto.cipher().open(SealedField.WORKER_NIK, id, Bytes.of(first, "nik_cipher")) : null;
    return new Checked(id, nik, key, candidates);
  }

  /** The check has come to {@code checkedTo} and opened {@code reviews} more; {@code done} ends it. */
  public Future<Void> advance(SqlClient tx, UUID importId, UUID checkedTo, int reviews, boolean done) {
    return tx.preparedQuery(ADVANCE).execute(Tuple.of(importId, checkedTo, reviews, done)).mapEmpty();
  }
}
