package id.ngopeni.api.faults;

import id.ngopeni.domain.Ids;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditKey;
import id.ngopeni.persistence.audit.AuditLog;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Many verified death claims, each with {@link #PAYOUTS_PER_CLAIM} approved payouts that add up
 * to its whole entitlement, written straight into the tables (the API would take minutes for
 * thousands) — through the same constraints and triggers, each step recorded in the audit
 * chain by the application's own {@link AuditLog}.
 */
final class ApprovedPayoutsFixture {
  static final int PAYOUTS_PER_CLAIM = 10;
  static final long PAYOUT_AMOUNT = 100_000;

  final List<UUID> claims = new ArrayList<>();
  /** payouts.get(c) are the payouts of claims.get(c). */
  final List<List<UUID>> payouts = new ArrayList<>();

  ApprovedPayoutsFixture(Pool db, AuditKey auditKey, int claimCount, UUID operatorId, UUID approverId) {
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
    AuditLog audit = new AuditLog(auditKey);
    db.withTransaction(tx -> tx.preparedQuery("""
            INSERT INTO worker (id, nik, full_name, name_key, birth_date, sex, kelurahan_code, category)
            SELECT id, '357301010180' || lpad(n::text, 4, '0'), 'Slamet Riyadi', 'slamet riyadi', DATE '1980-01-01', 'M',
                   '35.73.02.1001', 'MARBOT'
            FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)
            """).execute(Tuple.of(workerIds.toArray(UUID[]::new)))
        .compose(v -> tx.preparedQuery("""
            INSERT INTO claim (id, worker_id, type, incident_date, description, status, eligibility, eligible,
                               entitlement_lines, entitlement_total, required_documents, decided_by, decided_at, created_by)
            SELECT c, w, 'JKM_DEATH', current_date - 10, 'Meninggal dunia karena sakit.', 'VERIFIED',
                   '{"eligible":true,"reasons":[]}', true,
                   jsonb_build_array(jsonb_build_object('code', 'FUNERAL_COST', 'label', 'Biaya pemakaman',
                     'labelEn', 'Funeral cost', 'amount', $3::bigint, 'regulation', 'PP 82/2019', 'flagged', false)),
                   $3, ARRAY['KTP_MEMBER'], $4, now(), $4
            FROM unnest($1::uuid[], $2::uuid[]) AS t(c, w)
            """).execute(Tuple.of(claims.toArray(UUID[]::new), workerIds.toArray(UUID[]::new),
                PAYOUTS_PER_CLAIM * PAYOUT_AMOUNT, operatorId)))
        .compose(v -> tx.preparedQuery("""
            INSERT INTO payout (id, claim_id, heir_id, heir_name, heir_relationship, bank_code, account_number,
                                account_name, amount, status, created_by, decided_by, decided_at)
            SELECT p, c, gen_random_uuid(), 'Siti Aminah', 'SPOUSE', '002', '0123010001233305', 'Siti Aminah', $3,
                   'APPROVED', $4, $5, now()
            FROM unnest($1::uuid[], $2::uuid[]) AS t(p, c)
            """).execute(Tuple.of(payoutIds.toArray(UUID[]::new), payoutClaims.toArray(UUID[]::new), PAYOUT_AMOUNT,
                operatorId, approverId)))
        .compose(v -> {
          Future<Void> chain = Future.succeededFuture();
          for (UUID claim : claims) {
            chain = chain.compose(x -> append(audit, tx, operatorId, "OPERATOR", "claim.verified", "claim", claim, "VERIFIED"));
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
