package id.ngopeni.persistence.user;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.user.RoleGrant;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for role grants ({@link RoleGrant}): four eyes on OPERATOR, APPROVER and ADMIN. */
public final class RoleGrantRepository {
  private static final String COLUMNS =
      "g.id, g.user_id, g.role, g.status, g.requested_by, g.requested_at, g.decided_by, g.decided_at, g.activates, u.username";
  private static final String FROM = " FROM role_grant g JOIN app_user u ON u.id = g.user_id";

  private static final String INSERT =
      """
      INSERT INTO role_grant (id, user_id, role, status, requested_by, requested_at, decided_by, decided_at, activates,
                              confirmed_alone)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
      """;

  private static final String LOCK = "SELECT " + COLUMNS + FROM + " WHERE g.id = $1 FOR UPDATE OF g";

  private static final String DECIDE =
      "UPDATE role_grant SET status = $2, decided_by = $3, decided_at = $4 WHERE id = $1 AND status = $5";

  private static final String LIST =
      """
      SELECT %s %s
      WHERE ($1::text IS NULL OR g.status = $1) AND ($2::uuid IS NULL OR g.user_id = $2) AND ($3::uuid IS NULL OR g.id < $3)
      ORDER BY g.id DESC
      LIMIT $4
      """.formatted(COLUMNS, FROM);

  /**
   * Serialises the asking of grants (one transaction at a time), so that two admins made "alone"
   * at once cannot both pass as the second one; then counts the active admins.
   */
  private static final String SERIALISE = "SELECT pg_advisory_xact_lock(hashtext('ngopeni.role_grant'))";
  private static final String ACTIVE_ADMINS = "SELECT count(*) AS admins FROM app_user WHERE role = $1 AND active";

  /**
   * A user created with a granted role and never confirmed in one: activating them would give
   * the role without the second admin.
   */
  private static final String AWAITS =
      """
      SELECT EXISTS (SELECT 1 FROM role_grant WHERE user_id = $1 AND activates)
         AND NOT EXISTS (SELECT 1 FROM role_grant WHERE user_id = $1 AND status = $2) AS awaits
      """;

  /** @throws Conflict {@code role_grant_pending} if the user has a pending grant already */
  public Future<Void> insert(SqlClient tx, RoleGrant g) {
    boolean alone = g.confirmed() && g.requestedBy().equals(g.decidedBy());
    Tuple params = Tuple.tuple().addUUID(g.id()).addUUID(g.userId()).addString(g.role().name()).addString(g.status().name())
        .addUUID(g.requestedBy()).addOffsetDateTime(g.requestedAt().atOffset(ZoneOffset.UTC)).addUUID(g.decidedBy())
        .addOffsetDateTime(g.decidedAt() == null ? null : g.decidedAt().atOffset(ZoneOffset.UTC)).addBoolean(g.activates())
        .addBoolean(alone);
    return tx.preparedQuery(INSERT).execute(params).<Void>mapEmpty()
        .recover(e -> PgErrors.isUniqueViolation(e, "role_grant_one_pending_idx")
            ? Future.failedFuture(new Conflict(UserError.ROLE_GRANT_PENDING))
            : Future.failedFuture(e));
  }

  /** The grant, locked until commit. */
  public Future<Optional<StoredRoleGrant>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(id)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(toStored(it.next())) : Optional.empty();
    });
  }

  /** Writes a confirmation or refusal of a pending grant. @return whether it was still pending */
  public Future<Boolean> decide(SqlClient tx, RoleGrant next) {
    Tuple params = Tuple.tuple().addUUID(next.id()).addString(next.status().name()).addUUID(next.decidedBy())
        .addOffsetDateTime(next.decidedAt().atOffset(ZoneOffset.UTC)).addString(RoleGrant.Status.PENDING.name());
    return tx.preparedQuery(DECIDE).execute(params).map(rows -> rows.rowCount() == 1);
  }

  /** Newest first; {@code status} and {@code userId} may be null (any). */
  public Future<Slice<StoredRoleGrant>> list(SqlClient db, RoleGrant.Status status, UUID userId, UUID before, int limit) {
    Tuple params = Tuple.tuple().addString(status == null ? null : status.name()).addUUID(userId).addUUID(before)
        .addInteger(limit + 1);
    return db.preparedQuery(LIST).execute(params).map(rows -> {
      List<StoredRoleGrant> found = new ArrayList<>();
      rows.forEach(r -> found.add(toStored(r)));
      return Slice.of(found, limit);
    });
  }

  /** Takes the grant lock ({@link #SERIALISE}) and counts the active admins. */
  public Future<Long> lockAndCountActiveAdmins(SqlClient tx) {
    return tx.query(SERIALISE).execute()
        .compose(v -> tx.preparedQuery(ACTIVE_ADMINS).execute(Tuple.of(Role.ADMIN.name())))
        .map(rows -> rows.iterator().next().getLong("admins"));
  }

  /** Whether the user was created with a granted role that no admin has confirmed yet. */
  public Future<Boolean> awaitsGrant(SqlClient db, UUID userId) {
    return db.preparedQuery(AWAITS).execute(Tuple.of(userId, RoleGrant.Status.CONFIRMED.name()))
        .map(rows -> rows.iterator().next().getBoolean("awaits"));
  }

  private static StoredRoleGrant toStored(Row r) {
    RoleGrant grant = new RoleGrant(r.getUUID("id"), r.getUUID("user_id"), Role.valueOf(r.getString("role")),
        RoleGrant.Status.valueOf(r.getString("status")), r.getUUID("requested_by"), instant(r, "requested_at"),
        r.getUUID("decided_by"), instant(r, "decided_at"), r.getBoolean("activates"));
    return new StoredRoleGrant(grant, r.getString("username"));
  }

  private static Instant instant(Row row, String column) {
    var odt = row.getOffsetDateTime(column);
    return odt == null ? null : odt.toInstant();
  }
}
