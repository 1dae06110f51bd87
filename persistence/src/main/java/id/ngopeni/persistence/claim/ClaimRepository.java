package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.ClaimType;
import id.ngopeni.domain.claim.DocumentKind;
import id.ngopeni.domain.claim.FollowUpResolution;
import id.ngopeni.domain.claim.HandOver;
import id.ngopeni.domain.claim.PaymentCheck.FollowUp;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** SQL for the claim aggregate. Every method runs on the client it is given (pool or transaction). */
public final class ClaimRepository {
  private static final String SELECT =
      """
      SELECT c.id, c.number, c.worker_id, c.type, c.incident_date, c.description, c.medical_costs, c.traffic_accident,
             c.status, c.eligibility, c.entitlement_lines, c.entitlement_total, c.required_documents,
             c.rejection_reason, c.decided_by, c.decided_at, c.version, c.created_by, c.created_at,
             c.handed_over_on, c.bpjs_branch, c.bpjs_case_number, c.handed_over_by, c.accident_reported_at,
             c.paid_total, c.follow_up, c.accident_details, w.kelurahan_code, w.full_name AS worker_name,
             r.outcome AS resolution_outcome, r.reason AS resolution_reason, r.flags AS resolution_flags,
             r.resolved_by AS resolution_by, r.resolved_at AS resolution_at
      FROM claim c JOIN worker w ON w.id = c.worker_id
           LEFT JOIN claim_follow_up_resolution r ON r.id = c.follow_up_resolution_id
      """;

  static final String SELECT_ALL = SELECT;

  private static final String FIND = SELECT + " WHERE c.id = $1";

  /** Holds the claim until commit: payouts are summed and inserted under this lock. */
  private static final String LOCK = FIND + " FOR UPDATE OF c";

  private static final String LIST =
      SELECT
          + """
           WHERE ($1::text IS NULL OR c.status = $1)
             AND ($2::text IS NULL OR c.type = $2)
             AND ($3::text[] IS NULL OR w.kelurahan_code = ANY($3))
             AND ($4::uuid IS NULL OR c.worker_id = $4)
             AND ($5::uuid IS NULL OR c.id < $5)
             AND ($7::text IS NULL OR c.number = $7)
           ORDER BY c.id DESC
           LIMIT $6
           """;

  private static final String INSERT =
      """
      INSERT INTO claim (id, worker_id, type, incident_date, description, medical_costs, traffic_accident, status,
                         eligibility, eligible, entitlement_lines, entitlement_total, required_documents, created_by,
                         accident_details)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11::jsonb, $12, $13, $14, $15::jsonb)
      """;

  /** A state change along the state machine, only from an allowed status and the version read. */
  private static final String TRANSITION =
      """
      UPDATE claim SET status = $3, rejection_reason = $4, decided_by = $5, decided_at = $6,
                       required_documents = COALESCE($7, required_documents),
                       version = version + 1, updated_at = now()
      WHERE id = $1 AND status = ANY($2) AND version = $8
      """;

  public Future<Optional<StoredClaim>> findById(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id)).map(ClaimRepository::first);
  }

  public Future<Optional<StoredClaim>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(id)).map(ClaimRepository::first);
  }

  /**
   * @param kelurahanCodes the caller's area, or {@code null} for the whole city
   * @param workerId one worker's claims, or {@code null} for every worker's
   * @param number one claim by its number ({@code KLM-2026-000123}), or {@code null} for all
   * @param before the last id of the previous page (newest first)
   */
  public Future<Slice<StoredClaim>> list(SqlClient db, ClaimStatus status, ClaimType type, List<String> kelurahanCodes,
      UUID workerId, String number, UUID before, int limit) {
    Tuple params = Tuple.tuple()
        .addString(status == null ? null : status.name())
        .addString(type == null ? null : type.name())
        .addArrayOfString(kelurahanCodes == null ? null : kelurahanCodes.toArray(String[]::new))
        .addUUID(workerId)
        .addUUID(before)
        .addInteger(limit + 1)
        .addString(number);
    return db.preparedQuery(LIST).execute(params).map(rows -> {
      List<StoredClaim> claims = new ArrayList<>();
      rows.forEach(r -> claims.add(toClaim(r)));
      return Slice.of(claims, limit);
    });
  }

  /** @throws Conflict {@code death_already_claimed} if the one-death-per-worker index refuses it */
  public Future<Void> insert(SqlClient tx, StoredClaim c) {
    Claim claim = c.claim();
    Tuple params = Tuple.tuple()
        .addUUID(claim.id())
        .addUUID(claim.workerId())
        .addString(claim.type().name())
        .addLocalDate(claim.incidentDate())
        .addString(c.description())
        .addLong(c.medicalCosts() == null ? null : c.medicalCosts().amount())
        .addBoolean(c.trafficAccident())
        .addString(claim.status().name())
        .addJsonObject(ClaimJsonColumns.eligibility(c.eligibility()))
        .addBoolean(c.eligibility().eligible())
        .addJsonArray(ClaimJsonColumns.lines(c.entitlement()))
        .addLong(c.entitlement().total().amount())
        .addArrayOfString(names(c.requiredDocuments()))
        .addUUID(c.createdBy())
        .addJsonObject(c.accident() == null ? null : ClaimJsonColumns.accident(c.accident()));
    return tx.preparedQuery(INSERT).execute(params).<Void>mapEmpty().recover(e ->
        PgErrors.isUniqueViolation(e, "claim_one_death_per_worker_idx")
            ? Future.failedFuture(new Conflict(ClaimError.DEATH_ALREADY_CLAIMED))
            : Future.failedFuture(e));
  }

  /**
   * Writes {@code next} if the claim is still in one of {@link ClaimStatus#sourcesOf} its new
   * status and at {@code expectedVersion}.
   *
   * @param requiredDocuments the list to store with it, or {@code null} to keep the stored one
   * @return whether the row was changed (false: someone else moved it first)
   */
  public Future<Boolean> transition(
      SqlClient tx, Claim next, long expectedVersion, UUID decidedBy, Collection<DocumentKind> requiredDocuments) {
    String[] sources = ClaimStatus.sourcesOf(next.status()).stream().map(Enum::name).toArray(String[]::new);
    Tuple params = Tuple.tuple()
        .addUUID(next.id())
        .addArrayOfString(sources)
        .addString(next.status().name())
        .addString(next.rejectionReason())
        .addUUID(decidedBy)
        .addOffsetDateTime(next.decidedAt() == null ? null : next.decidedAt().atOffset(ZoneOffset.UTC))
        .addArrayOfString(requiredDocuments == null ? null : names(requiredDocuments))
        .addInteger((int) expectedVersion);
    return tx.preparedQuery(TRANSITION).execute(params).map(rows -> rows.rowCount() == 1);
  }

  private static String[] names(Collection<DocumentKind> kinds) {
    return kinds.stream().map(Enum::name).toArray(String[]::new);
  }

  private static Optional<StoredClaim> first(RowSet<Row> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(toClaim(it.next())) : Optional.empty();
  }

  static StoredClaim toClaim(Row row) {
    Claim claim = new Claim(
        row.getUUID("id"),
        row.getUUID("worker_id"),
        ClaimType.valueOf(row.getString("type")),
        row.getLocalDate("incident_date"),
        ClaimStatus.valueOf(row.getString("status")),
        row.getString("rejection_reason"),
        instant(row, "decided_at"),
        row.getInteger("version"));
    Long costs = row.getLong("medical_costs");
    String[] docs = row.getArrayOfStrings("required_documents");
    return new StoredClaim(
        claim,
        row.getString("kelurahan_code"),
        row.getString("worker_name"),
        row.getString("description"),
        costs == null ? null : Rupiah.of(costs),
        row.getBoolean("traffic_accident"),
        ClaimJsonColumns.eligibility((JsonObject) row.getJson("eligibility")),
        ClaimJsonColumns.entitlement(row.getLong("entitlement_total"), (JsonArray) row.getJson("entitlement_lines")),
        Arrays.stream(docs).map(DocumentKind::valueOf).toList(),
        row.getUUID("created_by"),
        instant(row, "created_at"),
        row.getUUID("decided_by"),
        progress(row),
        ClaimJsonColumns.accident((JsonObject) row.getJson("accident_details")),
        row.getString("number"));
  }

  private static CaseProgress progress(Row row) {
    LocalDate handedOverOn = row.getLocalDate("handed_over_on");
    HandOver handOver = handedOverOn == null ? null
        : new HandOver(handedOverOn, row.getString("bpjs_branch"), row.getString("bpjs_case_number"));
    Set<FollowUp> followUp = EnumSet.noneOf(FollowUp.class);
    for (String flag : row.getArrayOfStrings("follow_up")) {
      followUp.add(FollowUp.valueOf(flag));
    }
    return new CaseProgress(handOver, row.getUUID("handed_over_by"), instant(row, "accident_reported_at"),
        Rupiah.of(row.getLong("paid_total")), followUp, resolution(row));
  }

  private static FollowUpResolution resolution(Row row) {
    String outcome = row.getString("resolution_outcome");
    if (outcome == null) {
      return null;
    }
    Set<FollowUp> flags = EnumSet.noneOf(FollowUp.class);
    for (String flag : row.getArrayOfStrings("resolution_flags")) {
      flags.add(FollowUp.valueOf(flag));
    }
    return new FollowUpResolution(FollowUpResolution.Outcome.valueOf(outcome), row.getString("resolution_reason"),
        flags, row.getUUID("resolution_by"), instant(row, "resolution_at"));
  }

  static Instant instant(Row row, String column) {
    var odt = row.getOffsetDateTime(column);
    return odt == null ? null : odt.toInstant();
  }
}
