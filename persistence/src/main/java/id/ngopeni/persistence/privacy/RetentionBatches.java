package id.ngopeni.persistence.privacy;

import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.privacy.RetentionKind;
import id.ngopeni.domain.worker.ImportStatus;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One retention batch of a kind: at most {@code size} records past {@code cutoff}, deleted or
 * anonymised by one statement on the caller's transaction (the tombstone is appended on the
 * same one). Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so two instances running at
 * once never take the same rows. The states that close a case or finish an import come from
 * the domain, not spelt here again.
 */
public final class RetentionBatches {
  /** Finished imports: their refused rows and any file left are kept only for the period. */
  static final String[] FINISHED_IMPORTS = {ImportStatus.DONE.name(), ImportStatus.FAILED.name()};

  static final String IMPORT_REJECTS = """
      WITH picked AS (
        SELECT i.id FROM worker_import i
        WHERE i.status = ANY($1) AND i.finished_at < $2
          AND (EXISTS (SELECT 1 FROM worker_import_error e WHERE e.import_id = i.id)
               OR EXISTS (SELECT 1 FROM worker_import_chunk c WHERE c.import_id = i.id))
        ORDER BY i.id LIMIT $3 FOR UPDATE SKIP LOCKED
      ), errors AS (
        DELETE FROM worker_import_error e USING picked WHERE e.import_id = picked.id RETURNING 1
      ), chunks AS (
        DELETE FROM worker_import_chunk c USING picked WHERE c.import_id = picked.id RETURNING 1
      )
      SELECT picked.id::text AS id, (SELECT count(*) FROM errors) + (SELECT count(*) FROM chunks) AS rows FROM picked""";

  static final String REMOVED_REGISTRATIONS =
      "SELECT removed_id::text AS id, was_deleted FROM retention_delete_removed_workers($1, $2, $3)";

  /** Documents of closed cases: final status, no follow-up open (none, or resolved), no payout of it under way. */
  static final String CLOSED_CASES = """
      FROM claim_document d JOIN claim c ON c.id = d.claim_id
      WHERE d.erased_at IS NULL AND c.status = ANY($1) AND c.updated_at < $2
        AND (c.follow_up = '{}' OR c.follow_up_resolution_id IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM payout p WHERE p.claim_id = c.id AND NOT (p.status = ANY($3)))""";

  static final String CLOSED_CLAIM_DOCUMENTS = """
      WITH picked AS (SELECT d.id %s ORDER BY d.id LIMIT $4 FOR UPDATE OF d SKIP LOCKED)
      UPDATE claim_document d SET content = ''::bytea, erased_at = now() FROM picked WHERE d.id = picked.id
      RETURNING d.id::text AS id""".formatted(CLOSED_CASES);

  /** Sign-in records, table by table: [table, statement]. Only the refresh tokens' keys (hashes) are returned. */
  static final String[][] SESSIONS = {
      {"refresh_token", """
          WITH picked AS (SELECT token_hash FROM refresh_token WHERE expires_at < $1
                          ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          DELETE FROM refresh_token t USING picked WHERE t.token_hash = picked.token_hash
          RETURNING encode(t.token_hash, 'hex') AS id"""},
      {"login_throttle", """
          WITH picked AS (SELECT username FROM login_throttle
                          WHERE last_failure_at < $1 AND (locked_until IS NULL OR locked_until < now())
                          ORDER BY last_failure_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          DELETE FROM login_throttle t USING picked WHERE t.username = picked.username RETURNING NULL::text AS id"""},
      {"login_throttle_source", """
          WITH picked AS (SELECT username, address FROM login_throttle_source
                          WHERE last_failure_at < $1 AND (locked_until IS NULL OR locked_until < now())
                          ORDER BY last_failure_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          DELETE FROM login_throttle_source t USING picked
          WHERE t.username = picked.username AND t.address = picked.address RETURNING NULL::text AS id"""},
      {"login_throttle_address", """
          WITH picked AS (SELECT address FROM login_throttle_address
                          WHERE last_failure_at < $1 AND (blocked_until IS NULL OR blocked_until < now())
                          ORDER BY last_failure_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          DELETE FROM login_throttle_address t USING picked WHERE t.address = picked.address RETURNING NULL::text AS id"""},
  };

  /** The owner's function (V47): the application role cannot delete from the access log itself. */
  static final String ACCESS_LOG = "SELECT r::text AS id FROM retention_purge_access_log($1, $2) AS r";

  /** Final claim statuses (a case that can move no more). */
  static String[] finalClaims() {
    return Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isFinal).map(Enum::name).toArray(String[]::new);
  }

  /** Final payout statuses (paid, rejected, cancelled): anything else is still under way. */
  static String[] finalPayouts() {
    return Arrays.stream(PayoutStatus.values()).filter(PayoutStatus::isFinal).map(Enum::name).toArray(String[]::new);
  }

  /**
   * One batch of {@code kind}: records before {@code cutoff}, at most {@code size}. {@code
   * runStarted} tells this run's holds from an earlier run's (removed registrations).
   */
  public Future<PurgedBatch> next(SqlClient tx, RetentionKind kind, Instant cutoff, Instant runStarted, int size) {
    OffsetDateTime before = at(cutoff);
    return switch (kind) {
      case IMPORT_REJECTS -> tx.preparedQuery(IMPORT_REJECTS).execute(Tuple.of(FINISHED_IMPORTS, before, size))
          .map(rows -> {
            List<String> ids = ids(rows);
            long total = rows.size() == 0 ? 0 : rows.iterator().next().getLong("rows");
            return PurgedBatch.of(null, ids, total, 0);
          });
      case REMOVED_REGISTRATIONS -> tx.preparedQuery(REMOVED_REGISTRATIONS).execute(Tuple.of(before, at(runStarted), size))
          .map(rows -> {
            List<String> deleted = new ArrayList<>();
            int held = 0;
            for (Row r : rows) {
              if (r.getBoolean("was_deleted")) {
                deleted.add(r.getString("id"));
              } else {
                held++;
              }
            }
            return PurgedBatch.of(null, deleted, deleted.size(), held);
          });
      case CLOSED_CLAIM_DOCUMENTS -> tx.preparedQuery(CLOSED_CLAIM_DOCUMENTS)
          .execute(Tuple.of(finalClaims(), before, finalPayouts(), size))
          .map(rows -> PurgedBatch.of(null, ids(rows), rows.size(), 0));
      case SESSIONS -> sessions(tx, before, size, 0);
      case ACCESS_LOG -> tx.preparedQuery(ACCESS_LOG).execute(Tuple.of(before, size))
          .map(rows -> PurgedBatch.of(null, ids(rows), rows.size(), 0));
    };
  }

  /** The first sign-in table with anything past the cutoff gives the batch. */
  private Future<PurgedBatch> sessions(SqlClient tx, OffsetDateTime before, int size, int table) {
    if (table == SESSIONS.length) {
      return Future.succeededFuture(PurgedBatch.none(null));
    }
    String part = SESSIONS[table][0];
    return tx.preparedQuery(SESSIONS[table][1]).execute(Tuple.of(before, size)).compose(rows -> {
      if (rows.size() == 0) {
        return sessions(tx, before, size, table + 1);
      }
      return Future.succeededFuture(table == 0 ? PurgedBatch.of(part, ids(rows), rows.size(), 0)
          : PurgedBatch.anonymous(part, rows.size()));
    });
  }

  private static List<String> ids(RowSet<Row> rows) {
    List<String> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(r.getString("id")));
    return out;
  }

  static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
