package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.BpjsAnswer;
import id.ngopeni.domain.claim.BpjsOutcome;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.FollowUpResolution;
import id.ngopeni.domain.claim.HandOver;
import id.ngopeni.domain.claim.PaymentCheck.FollowUp;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** SQL for following a case with BPJS: hand-over, accident report, BPJS's answers, queues. */
public final class ClaimCaseRepository {
  private static final String HAND_OVER =
      """
      UPDATE claim SET status = $3, handed_over_on = $4, bpjs_branch = $5, bpjs_case_number = $6,
                       handed_over_by = $7, decided_by = $7, decided_at = $8, version = version + 1, updated_at = now()
      WHERE id = $1 AND status = ANY($2) AND version = $9
      """;

  private static final String ANSWERED =
      """
      UPDATE claim SET status = $3, paid_total = $4, follow_up = $5, decided_by = $6, decided_at = $7,
                       follow_up_resolution_id = NULL, version = version + 1, updated_at = now()
      WHERE id = $1 AND status = ANY($2) AND version = $8
      """;

  private static final String ACCIDENT_REPORTED =
      """
      UPDATE claim SET accident_reported_at = $2, accident_reported_by = $3, version = version + 1, updated_at = now()
      WHERE id = $1 AND accident_reported_at IS NULL AND version = $4
      """;

  private static final String INSERT_ANSWER =
      """
      INSERT INTO claim_bpjs_answer (id, claim_id, outcome, answered_on, amount, lines, payee_heir_id, payee_name,
                                     payee_relationship, reason, reference, recorded_by)
      VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12)
      """;

  private static final String ANSWERS =
      """
      SELECT id, claim_id, outcome, answered_on, amount, lines, payee_heir_id, payee_name, payee_relationship, reason,
             reference, recorded_by, recorded_at
      FROM claim_bpjs_answer WHERE claim_id = $1 ORDER BY recorded_at, id
      """;

  /**
   * Cases with a clock that may be running: handed over and waiting for BPJS, or a work
   * accident not yet reported. Whether a clock is overdue is the domain's call (working days).
   */
  private static final String OPEN =
      ClaimRepository.SELECT_ALL
          + """
           WHERE (c.status = ANY($1) OR (c.type = ANY($2) AND c.accident_reported_at IS NULL AND c.status = ANY($3)))
             AND ($4::text[] IS NULL OR w.kelurahan_code = ANY($4))
           ORDER BY c.id DESC
           LIMIT $5
           """;

  private static final String FLAGGED =
      ClaimRepository.SELECT_ALL
          + """
           WHERE c.follow_up <> '{}' AND c.follow_up_resolution_id IS NULL
             AND ($1::text[] IS NULL OR w.kelurahan_code = ANY($1))
             AND ($2::uuid IS NULL OR c.id < $2)
           ORDER BY c.id DESC
           LIMIT $3
           """;

  private static final String INSERT_RESOLUTION =
      """
      INSERT INTO claim_follow_up_resolution (id, claim_id, outcome, reason, flags, resolved_by, resolved_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      """;

  /** Closes the open follow-up, only while it is open and at the version read. */
  private static final String RESOLVED =
      """
      UPDATE claim SET follow_up_resolution_id = $2, version = version + 1, updated_at = now()
      WHERE id = $1 AND follow_up <> '{}' AND follow_up_resolution_id IS NULL AND version = $3
      """;

  /** @return whether the row moved (false: someone else changed it first) */
  public Future<Boolean> handOver(SqlClient tx, Claim next, long expectedVersion, HandOver handOver, UUID by) {
    Tuple params = Tuple.tuple()
        .addUUID(next.id())
        .addArrayOfString(sources(next.status()))
        .addString(next.status().name())
        .addLocalDate(handOver.handedOverOn())
        .addString(handOver.branch())
        .addString(handOver.caseNumber())
        .addUUID(by)
        .addOffsetDateTime(next.decidedAt().atOffset(ZoneOffset.UTC))
        .addInteger((int) expectedVersion);
    return tx.preparedQuery(HAND_OVER).execute(params).map(rows -> rows.rowCount() == 1);
  }

  /** Moves the case to BPJS's answer with what is paid in all and its follow-up flags. */
  public Future<Boolean> answered(SqlClient tx, Claim next, long expectedVersion, Rupiah paidTotal,
      Set<FollowUp> followUp, UUID by) {
    Tuple params = Tuple.tuple()
        .addUUID(next.id())
        .addArrayOfString(sources(next.status()))
        .addString(next.status().name())
        .addLong(paidTotal.amount())
        .addArrayOfString(followUp.stream().map(Enum::name).sorted().toArray(String[]::new))
        .addUUID(by)
        .addOffsetDateTime(next.decidedAt().atOffset(ZoneOffset.UTC))
        .addInteger((int) expectedVersion);
    return tx.preparedQuery(ANSWERED).execute(params).map(rows -> rows.rowCount() == 1);
  }

  /**
   * Records how the follow-up was closed and links it to the claim.
   *
   * @return whether the claim moved (false: someone else changed it first, or it is not open)
   */
  public Future<Boolean> resolveFollowUp(SqlClient tx, UUID id, UUID claimId, long expectedVersion,
      FollowUpResolution r) {
    Tuple row = Tuple.tuple()
        .addUUID(id)
        .addUUID(claimId)
        .addString(r.outcome().name())
        .addString(r.reason())
        .addArrayOfString(r.flags().stream().map(Enum::name).sorted().toArray(String[]::new))
        .addUUID(r.resolvedBy())
        .addOffsetDateTime(r.resolvedAt().atOffset(ZoneOffset.UTC));
    return tx.preparedQuery(INSERT_RESOLUTION).execute(row)
        .compose(v -> tx.preparedQuery(RESOLVED).execute(Tuple.of(claimId, id, (int) expectedVersion)))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Boolean> accidentReported(SqlClient tx, UUID id, long expectedVersion, Instant at, UUID by) {
    return tx.preparedQuery(ACCIDENT_REPORTED)
        .execute(Tuple.of(id, at.atOffset(ZoneOffset.UTC), by, (int) expectedVersion))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Void> insertAnswer(SqlClient tx, UUID id, UUID claimId, BpjsAnswer a, UUID by) {
    JsonArray lines = new JsonArray();
    a.lines().forEach(l -> lines.add(new JsonObject().put("code", l.code()).put("amount", l.amount().amount())));
    Tuple params = Tuple.tuple()
        .addUUID(id)
        .addUUID(claimId)
        .addString(a.outcome().name())
        .addLocalDate(a.answeredOn())
        .addLong(a.amount().amount())
        .addJsonArray(lines)
        .addUUID(a.payeeHeirId())
        .addString(a.payeeName())
        .addString(a.payeeRelationship() == null ? null : a.payeeRelationship().name())
        .addString(a.reason())
        .addString(a.reference())
        .addUUID(by);
    return tx.preparedQuery(INSERT_ANSWER).execute(params).mapEmpty();
  }

  public Future<List<StoredAnswer>> answers(SqlClient db, UUID claimId) {
    return db.preparedQuery(ANSWERS).execute(Tuple.of(claimId)).map(rows -> {
      List<StoredAnswer> answers = new ArrayList<>();
      rows.forEach(r -> answers.add(toAnswer(r)));
      return answers;
    });
  }

  /**
   * @param waiting the stages in which BPJS's payment clock runs
   * @param accidentTypes the claim types that report an accident
   * @param reportable the stages in which an unreported accident still counts
   */
  public Future<List<StoredClaim>> openCases(SqlClient db, Collection<ClaimStatus> waiting,
      Collection<String> accidentTypes, Collection<ClaimStatus> reportable, List<String> kelurahanCodes, int limit) {
    Tuple params = Tuple.tuple()
        .addArrayOfString(waiting.stream().map(Enum::name).toArray(String[]::new))
        .addArrayOfString(accidentTypes.toArray(String[]::new))
        .addArrayOfString(reportable.stream().map(Enum::name).toArray(String[]::new))
        .addArrayOfString(kelurahanCodes == null ? null : kelurahanCodes.toArray(String[]::new))
        .addInteger(limit);
    return db.preparedQuery(OPEN).execute(params).map(rows -> {
      List<StoredClaim> claims = new ArrayList<>();
      rows.forEach(r -> claims.add(ClaimRepository.toClaim(r)));
      return claims;
    });
  }

  public Future<Slice<StoredClaim>> flagged(SqlClient db, List<String> kelurahanCodes, UUID before, int limit) {
    Tuple params = Tuple.tuple()
        .addArrayOfString(kelurahanCodes == null ? null : kelurahanCodes.toArray(String[]::new))
        .addUUID(before)
        .addInteger(limit + 1);
    return db.preparedQuery(FLAGGED).execute(params).map(rows -> {
      List<StoredClaim> claims = new ArrayList<>();
      rows.forEach(r -> claims.add(ClaimRepository.toClaim(r)));
      return Slice.of(claims, limit);
    });
  }

  private static String[] sources(ClaimStatus to) {
    return ClaimStatus.sourcesOf(to).stream().map(Enum::name).toArray(String[]::new);
  }

  private static StoredAnswer toAnswer(Row r) {
    List<BpjsAnswer.PaidLine> lines = new ArrayList<>();
    JsonArray json = (JsonArray) r.getJson("lines");
    for (int i = 0; i < json.size(); i++) {
      JsonObject l = json.getJsonObject(i);
      lines.add(new BpjsAnswer.PaidLine(l.getString("code"), Rupiah.of(l.getLong("amount"))));
    }
    String relationship = r.getString("payee_relationship");
    BpjsAnswer answer = new BpjsAnswer(BpjsOutcome.valueOf(r.getString("outcome")), r.getLocalDate("answered_on"),
        Rupiah.of(r.getLong("amount")), lines, r.getUUID("payee_heir_id"), r.getString("payee_name"),
        relationship == null ? null : HeirRelationship.valueOf(relationship), r.getString("reason"),
        r.getString("reference"));
    return new StoredAnswer(r.getUUID("id"), r.getUUID("claim_id"), answer, r.getUUID("recorded_by"),
        ClaimRepository.instant(r, "recorded_at"));
  }
}
