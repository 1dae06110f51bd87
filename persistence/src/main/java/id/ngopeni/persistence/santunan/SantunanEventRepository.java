package id.ngopeni.persistence.santunan;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.SantunanError;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import id.ngopeni.domain.santunan.WorkerFacts;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for santunan events, their entitlements, and the worker facts eligibility reads. */
public final class SantunanEventRepository {
  private static final String ONE_DEATH = "santunan_event_one_death_idx";

  private static final String INSERT_EVENT =
      """
      INSERT INTO santunan_event (id, worker_id, kind, event_date, claim_id, proof_note, created_by, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      """;

  private static final String INSERT_ENTITLEMENT =
      "INSERT INTO santunan_entitlement (id, event_id, programme_id, amount) VALUES ($1, $2, $3, $4)";

  private static final String WORKER = "SELECT category FROM worker WHERE id = $1";

  /** Workers with a membership active on $1, paid from one of $2, without a santunan event yet (demo data). */
  private static final String MEMBERS_ON =
      """
      SELECT m.worker_id FROM membership m
      WHERE m.start_date <= $1 AND (m.end_date IS NULL OR m.end_date >= $1) AND m.funding_source = ANY($2)
        AND NOT EXISTS (SELECT 1 FROM santunan_event e WHERE e.worker_id = m.worker_id)
      ORDER BY m.worker_id LIMIT $3
      """;

  private static final String CLAIM_WORKER = "SELECT worker_id FROM claim WHERE id = $1";

  private static final String MEMBERSHIPS =
      "SELECT funding_source, start_date, end_date FROM membership WHERE worker_id = $1 ORDER BY start_date";

  /** Entitlements with what their payouts hold ($1: the statuses that hold money) and of that what is PAID. */
  private static final String SELECT =
      """
      SELECT e.id, e.event_id, e.programme_id, ev.worker_id, ev.kind, ev.event_date, e.amount, ev.claim_id,
             ev.proof_note, pr.name AS programme_name, w.full_name AS worker_name, w.kelurahan_code,
             coalesce((SELECT sum(p.amount) FROM payout p WHERE p.santunan_entitlement_id = e.id AND p.status = ANY($1)), 0) AS held,
             coalesce((SELECT sum(p.amount) FROM payout p WHERE p.santunan_entitlement_id = e.id AND p.status = 'PAID'), 0) AS paid
      FROM santunan_entitlement e JOIN santunan_event ev ON ev.id = e.event_id
        JOIN santunan_programme pr ON pr.id = e.programme_id JOIN worker w ON w.id = ev.worker_id
      """;

  private static final String FIND = SELECT + " WHERE e.id = $2";

  private static final String OF_EVENT = SELECT + " WHERE e.event_id = $2 ORDER BY e.id";

  private static final String LIST = SELECT
      + """
       WHERE ($2::uuid IS NULL OR e.programme_id = $2) AND ($3::uuid IS NULL OR ev.worker_id = $3)
        AND ($4::uuid IS NULL OR e.id < $4)
      ORDER BY e.id DESC LIMIT $5
      """;

  /**
   * Records the event; a second death of one worker is {@link Conflict} {@code death_already_recorded}.
   */
  public Future<Void> insertEvent(SqlClient tx, UUID id, UUID workerId, EventKind kind, LocalDate date, UUID claimId,
      String proofNote, UUID by, Instant at) {
    Tuple params = Tuple.tuple().addUUID(id).addUUID(workerId).addString(kind.name()).addLocalDate(date)
        .addUUID(claimId).addString(proofNote).addUUID(by).addOffsetDateTime(at.atOffset(ZoneOffset.UTC));
    return tx.preparedQuery(INSERT_EVENT).execute(params).<Void>mapEmpty()
        .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, ONE_DEATH)
            ? new Conflict(SantunanError.DEATH_ALREADY_RECORDED) : e));
  }

  public Future<Void> insertEntitlements(SqlClient tx, List<SantunanEntitlement> entitlements) {
    if (entitlements.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> rows = entitlements.stream().map(e -> Tuple.of(e.id(), e.eventId(), e.programmeId(), e.amount().amount()))
        .toList();
    return tx.preparedQuery(INSERT_ENTITLEMENT).executeBatch(rows).mapEmpty();
  }

  /** Up to {@code limit} workers a santunan for members paid from {@code sources} could cover on {@code date}. */
  public Future<List<UUID>> membersOn(SqlClient db, LocalDate date, List<FundingSource> sources, int limit) {
    Tuple params = Tuple.tuple().addLocalDate(date)
        .addArrayOfString(sources.stream().map(Enum::name).toArray(String[]::new)).addInteger(limit);
    return db.preparedQuery(MEMBERS_ON).execute(params).map(rows -> {
      List<UUID> out = new ArrayList<>();
      rows.forEach(r -> out.add(r.getUUID("worker_id")));
      return out;
    });
  }

  /** Whose claim this is, if there is such a claim. */
  public Future<Optional<UUID>> claimWorker(SqlClient db, UUID claimId) {
    return db.preparedQuery(CLAIM_WORKER).execute(Tuple.of(claimId)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(it.next().getUUID("worker_id")) : Optional.empty();
    });
  }

  /** The worker's category and memberships, or empty when there is no such worker. */
  public Future<Optional<WorkerFacts>> workerFacts(SqlClient db, UUID workerId) {
    return db.preparedQuery(WORKER).execute(Tuple.of(workerId)).compose(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) {
        return Future.succeededFuture(Optional.empty());
      }
      String category = it.next().getString("category");
      return db.preparedQuery(MEMBERSHIPS).execute(Tuple.of(workerId)).map(ms -> {
        List<WorkerFacts.Span> spans = new ArrayList<>();
        ms.forEach(m -> spans.add(new WorkerFacts.Span(FundingSource.valueOf(m.getString("funding_source")),
            m.getLocalDate("start_date"), m.getLocalDate("end_date"))));
        return Optional.of(new WorkerFacts(workerId, category, spans));
      });
    });
  }

  public Future<Optional<StoredEntitlement>> find(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(holding(), id)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(toStored(it.next())) : Optional.empty();
    });
  }

  public Future<List<StoredEntitlement>> ofEvent(SqlClient db, UUID eventId) {
    return db.preparedQuery(OF_EVENT).execute(Tuple.of(holding(), eventId)).map(SantunanEventRepository::all);
  }

  public Future<Slice<StoredEntitlement>> list(SqlClient db, UUID programmeId, UUID workerId, UUID before, int limit) {
    Tuple params = Tuple.of(holding(), programmeId, workerId, before, limit + 1);
    return db.preparedQuery(LIST).execute(params).map(rows -> Slice.of(all(rows), limit));
  }

  private static String[] holding() {
    return Arrays.stream(PayoutStatus.values()).filter(PayoutStatus::holdsEntitlement).map(Enum::name)
        .toArray(String[]::new);
  }

  private static List<StoredEntitlement> all(Iterable<Row> rows) {
    List<StoredEntitlement> out = new ArrayList<>();
    rows.forEach(r -> out.add(toStored(r)));
    return out;
  }

  private static StoredEntitlement toStored(Row r) {
    SantunanEntitlement e = new SantunanEntitlement(r.getUUID("id"), r.getUUID("event_id"), r.getUUID("programme_id"),
        r.getUUID("worker_id"), EventKind.valueOf(r.getString("kind")), r.getLocalDate("event_date"),
        Rupiah.of(r.getLong("amount")));
    return new StoredEntitlement(e, r.getString("programme_name"), r.getString("worker_name"),
        r.getString("kelurahan_code"), r.getUUID("claim_id"), r.getString("proof_note"), Rupiah.of(r.getLong("held")),
        Rupiah.of(r.getLong("paid")));
  }
}
