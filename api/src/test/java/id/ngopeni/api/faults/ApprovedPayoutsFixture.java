package id.ngopeni.api.faults;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.domain.Ids;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditKey;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.worker.NewWorker;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Many recorded deaths, each with a santunan entitlement under one programme and {@link
 * #PAYOUTS_PER_CLAIM} approved payouts that add up to the whole entitlement, written straight into the tables (the API would take minutes for
 * thousands) — through the same constraints and triggers, each step recorded in the audit
 * chain by the application's own {@link AuditLog}.
 */
final class ApprovedPayoutsFixture {
  static final int PAYOUTS_PER_CLAIM = 10;
  static final long PAYOUT_AMOUNT = 100_000;

  /** The santunan entitlements (one per death). */
  final List<UUID> claims = new ArrayList<>();
  /** payouts.get(c) are the payouts of claims.get(c). */
  final List<List<UUID>> payouts = new ArrayList<>();

  ApprovedPayoutsFixture(Pool db, AuditKey auditKey, Sealed sealed, int claimCount, UUID operatorId, UUID approverId) {
    List<UUID> workerIds = new ArrayList<>();
    List<UUID> payoutIds = new ArrayList<>();
    List<UUID> payoutClaims = new ArrayList<>();
    for (int c = 0; c < claimCount; c++) {
      workerIds.add(Ids.newId());
      claims.add(Ids.newId());
      List<UUID> ofClaim = new ArrayList<>();
      for (int p = 0; p < PAYOUTS_PER_CLAIM; p++) {
        UUID id = Ids.newId();
        ofClaim.add(id);
        payoutIds.add(id);
        payoutClaims.add(claims.get(c));
      }
      payouts.add(ofClaim);
    }
    List<UUID> eventIds = new ArrayList<>();
    for (int c = 0; c < claimCount; c++) {
      eventIds.add(Ids.newId());
    }
    UUID programme = Ids.newId();
    AuditLog audit = new AuditLog(auditKey);
    List<NewWorker> workers = new ArrayList<>();
    for (int n = 0; n < workerIds.size(); n++) {
      workers.add(new NewWorker(workerIds.get(n), "357301010180" + String.format("%04d", n + 1), "Slamet Riyadi",
          "slamet riyadi", java.time.LocalDate.of(1980, 1, 1), "M", "35.73.02.1001", "MARBOT", null, null));
    }
    Buffer[] accounts = payoutIds.stream().map(p -> sealed.account(p, "0123010001233305")).toArray(Buffer[]::new);
    db.withTransaction(tx -> new WorkerRepository(sealed.crypto()).insertAll(tx, workers, null)
        .compose(v -> tx.preparedQuery("""
            INSERT INTO santunan_programme (id, name, regulation_number, regulation_date, effective_from, amounts,
                                            budget_year, budget_source, budget_ceiling, created_by)
            VALUES ($1, 'Santunan kematian (uji)', 'Perwali No. 7 Tahun 2025', current_date - 400, current_date - 365,
                    jsonb_build_object('DEATH', $2::bigint), extract(year FROM current_date)::int, 'APBD', 1000000000000, $3)
            """).execute(Tuple.of(programme, PAYOUTS_PER_CLAIM * PAYOUT_AMOUNT, operatorId)))
        .compose(v -> tx.preparedQuery("""
            INSERT INTO santunan_event (id, worker_id, kind, event_date, proof_note, created_by)
            SELECT e, w, 'DEATH', current_date - 10, 'Akta kematian.', $3
            FROM unnest($1::uuid[], $2::uuid[]) AS t(e, w)
            """).execute(Tuple.of(eventIds.toArray(UUID[]::new), workerIds.toArray(UUID[]::new), operatorId)))
        .compose(v -> tx.preparedQuery("""
            INSERT INTO santunan_entitlement (id, event_id, programme_id, amount)
            SELECT n, e, $3, $4 FROM unnest($1::uuid[], $2::uuid[]) AS t(n, e)
            """).execute(Tuple.of(claims.toArray(UUID[]::new), eventIds.toArray(UUID[]::new), programme,
                PAYOUTS_PER_CLAIM * PAYOUT_AMOUNT)))
        .compose(v -> tx.preparedQuery("""
            INSERT INTO payout (id, santunan_entitlement_id, worker_id, heir_id, heir_name, heir_relationship, bank_code,
                                account_cipher, account_name, amount, status, created_by, decided_by, decided_at)
            SELECT p, c, w.worker_id, gen_random_uuid(), 'Siti Aminah', 'SPOUSE', '002', a, 'Siti Aminah',
                   $3, 'APPROVED', $4, $5, now()
            FROM unnest($1::uuid[], $2::uuid[], $6::bytea[]) AS t(p, c, a)
              JOIN santunan_entitlement n ON n.id = t.c JOIN santunan_event w ON w.id = n.event_id
            """).execute(Tuple.of(payoutIds.toArray(UUID[]::new), payoutClaims.toArray(UUID[]::new), PAYOUT_AMOUNT,
                operatorId, approverId).addArrayOfBuffer(accounts)))
        .compose(v -> {
          Future<Void> chain = Future.succeededFuture();
          for (UUID claim : claims) {
            chain = chain.compose(x -> append(audit, tx, operatorId, "OPERATOR", "santunan_event.recorded", "santunan_entitlement",
                claim, "RECORDED"));
          }
          for (UUID payout : payoutIds) {
            chain = chain.compose(x -> append(audit, tx, approverId, "APPROVER", "payout.approved", "payout", payout, "APPROVED"));
          }
          return chain;
        })).await();
  }

  int payoutCount() {
    return claims.size() * PAYOUTS_PER_CLAIM;
  }

  private static Future<Void> append(AuditLog audit, SqlClient tx, UUID actor, String role, String action, String type,
      UUID id, String status) {
    return audit.append(tx, new AuditEvent(actor, role, action, type, id.toString(), null,
        new JsonObject().put("status", status))).mapEmpty();
  }
}
