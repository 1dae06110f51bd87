package id.ngopeni.persistence.subject;

import static id.ngopeni.persistence.subject.Timestamps.instant;

import id.ngopeni.persistence.subject.SubjectRegistryHistory.DecreeChange;
import id.ngopeni.persistence.subject.SubjectRegistryHistory.DuplicateReview;
import id.ngopeni.persistence.subject.SubjectRegistryHistory.Removal;
import id.ngopeni.persistence.subject.SubjectRegistryHistory.Reverification;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/** What the registry's processes recorded on one person ({@link SubjectRegistryHistory}), for their report. */
public final class SubjectRegistryRepository {
  private static final String DECREE_CHANGES = """
      SELECT c.id, d.number, d.funding_source, d.year, c.kind, c.reason, c.note, c.status, c.created_at, c.decided_at,
             c.decision_note
      FROM decree_change c JOIN decree d ON d.id = c.decree_id
      WHERE c.worker_id = $1 ORDER BY c.created_at DESC, c.id""";

  private static final String REVERIFICATIONS = """
      SELECT v.id, d.number, d.funding_source, d.year, v.created_at, r.reasons
      FROM reverification_result r JOIN reverification v ON v.id = r.reverification_id JOIN decree d ON d.id = v.decree_id
      WHERE r.worker_id = $1 ORDER BY v.created_at DESC, v.id""";

  /**
   * The person's own review in full; one that found another registration to duplicate theirs
   * without its texts and candidates (they are about the other registration): left in the database.
   */
  private static final String DUPLICATE_REVIEWS = """
      SELECT r.id, CASE WHEN r.worker_id = $1 THEN 'SUBJECT' ELSE 'DUPLICATE_OF' END AS role, r.status,
             CASE WHEN r.worker_id = $1 THEN ARRAY(SELECT DISTINCT unnest(r.candidate_why) ORDER BY 1) END AS why,
             CASE WHEN r.worker_id = $1 THEN r.reason END AS reason,
             CASE WHEN r.worker_id = $1 THEN r.note END AS note, r.opened_at, r.resolved_at
      FROM duplicate_review r
      WHERE r.worker_id = $1 OR r.duplicate_of = $1 ORDER BY r.opened_at DESC, r.id""";

  private static final String REMOVAL = "SELECT reason, removed_at FROM worker_removal WHERE worker_id = $1";

  /** All four, read together on {@code db}. */
  public Future<SubjectRegistryHistory> of(SqlClient db, UUID workerId) {
    var changes = PerWorker.list(db, DECREE_CHANGES, workerId, r -> new DecreeChange(r.getUUID("id"),
        r.getString("number"), r.getString("funding_source"), r.getInteger("year"), r.getString("kind"),
        r.getString("reason"), r.getString("note"), r.getString("status"), instant(r, "created_at"),
        instant(r, "decided_at"), r.getString("decision_note")));
    var reverifications = PerWorker.list(db, REVERIFICATIONS, workerId, r -> new Reverification(r.getUUID("id"),
        r.getString("number"), r.getString("funding_source"), r.getInteger("year"), instant(r, "created_at"),
        PerWorker.strings(r, "reasons")));
    var reviews = PerWorker.list(db, DUPLICATE_REVIEWS, workerId, r -> new DuplicateReview(r.getUUID("id"),
        r.getString("role"), r.getString("status"), PerWorker.strings(r, "why"), r.getString("reason"),
        r.getString("note"), instant(r, "opened_at"), instant(r, "resolved_at")));
    var removal = PerWorker.one(db, REMOVAL, workerId, r -> new Removal(r.getString("reason"), instant(r, "removed_at")));
    return Future.all(changes, reverifications, reviews, removal).map(all -> new SubjectRegistryHistory(
        changes.result(), reverifications.result(), reviews.result(), removal.result()));
  }
}
