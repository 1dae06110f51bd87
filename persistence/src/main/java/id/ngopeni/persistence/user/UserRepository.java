package id.ngopeni.persistence.user;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.VersionConflict;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.user.User;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for the user aggregate. Every method runs on the client it is given (pool or transaction). */
public final class UserRepository {
  private static final String COLUMNS =
      "id, username, password_hash, role, kelurahan_codes, active, version, created_at, updated_at, session_version";

  private static final String FIND_BY_USERNAME =
      "SELECT " + COLUMNS + " FROM app_user WHERE username = $1";

  private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM app_user WHERE id = $1";

  private static final String INSERT =
      """
      INSERT INTO app_user (id, username, password_hash, role, kelurahan_codes, active)
      VALUES ($1, $2, $3, $4, $5, $6)
      RETURNING %s
      """
          .formatted(COLUMNS);

  /** Creates the first user only while there is none (first start, any number of instances). */
  private static final String INSERT_FIRST =
      """
      INSERT INTO app_user (id, username, password_hash, role, kelurahan_codes)
      SELECT $1, $2, $3, $4, '{}'
      WHERE NOT EXISTS (SELECT 1 FROM app_user)
      ON CONFLICT (username) DO NOTHING
      RETURNING id
      """;

  private static final String LIST =
      """
      SELECT %s FROM app_user
      WHERE $1::uuid IS NULL OR id > $1
      ORDER BY id
      LIMIT $2
      """
          .formatted(COLUMNS);

  private static final String UPDATE =
      """
      UPDATE app_user SET
        role = COALESCE($3, role),
        active = COALESCE($4, active),
        kelurahan_codes = COALESCE($5, kelurahan_codes),
        password_hash = COALESCE($6, password_hash),
        version = version + 1,
        updated_at = now()
      WHERE id = $1 AND version = $2
      RETURNING %s
      """
          .formatted(COLUMNS);

  private static final String EXISTS = "SELECT version FROM app_user WHERE id = $1";

  public Future<Optional<StoredUser>> findByUsername(SqlClient db, String canonicalUsername) {
    return db.preparedQuery(FIND_BY_USERNAME)
        .execute(Tuple.of(canonicalUsername))
        .map(rows -> first(rows).map(UserRepository::toStored));
  }

  /** The user with the password hash and session version (for issuing an access token). */
  public Future<Optional<StoredUser>> findStoredById(SqlClient db, UUID id) {
    return db.preparedQuery(FIND_BY_ID)
        .execute(Tuple.of(id))
        .map(rows -> first(rows).map(UserRepository::toStored));
  }

  public Future<Optional<User>> findById(SqlClient db, UUID id) {
    return db.preparedQuery(FIND_BY_ID)
        .execute(Tuple.of(id))
        .map(rows -> first(rows).map(UserRepository::toUser));
  }

  public Future<User> insert(SqlClient db, UUID id, String username, String passwordHash, Role role, List<String> kelurahanCodes) {
    return insert(db, id, username, passwordHash, role, kelurahanCodes, true);
  }

  /** @param active false for a user whose role awaits a second admin's confirmation */
  public Future<User> insert(SqlClient db, UUID id, String username, String passwordHash, Role role, List<String> kelurahanCodes,
      boolean active) {
    return db.preparedQuery(INSERT)
        .execute(Tuple.of(id, username, passwordHash, role.name(), kelurahanCodes.toArray(String[]::new), active))
        .map(rows -> toUser(rows.iterator().next()))
        .recover(
            e ->
                PgErrors.isUniqueViolation(e, "app_user_username_key")
                    ? Future.failedFuture(new Conflict(UserError.USERNAME_TAKEN))
                    : Future.failedFuture(e));
  }

  /** @return true if this call created the first user */
  public Future<Boolean> insertFirst(SqlClient db, UUID id, String username, String passwordHash, Role role) {
    return db.preparedQuery(INSERT_FIRST)
        .execute(Tuple.of(id, username, passwordHash, role.name()))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Slice<User>> list(SqlClient db, UUID after, int limit) {
    return db.preparedQuery(LIST)
        .execute(Tuple.of(after, limit + 1))
        .map(rows -> Slice.of(mapAll(rows), limit));
  }

  /**
   * Applies the changes if the stored version is still {@code expectedVersion}: a conditional
   * update, so two editors can never overwrite each other unknowingly.
   */
  public Future<User> update(SqlClient db, UUID id, int expectedVersion, UserChanges changes) {
    Tuple params =
        Tuple.tuple()
            .addUUID(id)
            .addInteger(expectedVersion)
            .addString(changes.role() == null ? null : changes.role().name())
            .addBoolean(changes.active())
            .addArrayOfString(changes.kelurahanCodes() == null ? null : changes.kelurahanCodes().toArray(String[]::new))
            .addString(changes.passwordHash());
    return db.preparedQuery(UPDATE)
        .execute(params)
        .compose(
            rows -> {
              if (rows.rowCount() == 1) {
                return Future.succeededFuture(toUser(rows.iterator().next()));
              }
              return db.preparedQuery(EXISTS)
                  .execute(Tuple.of(id))
                  .compose(
                      found ->
                          found.rowCount() == 0
                              ? Future.failedFuture(new NotFound(UserError.USER_NOT_FOUND))
                              : Future.failedFuture(
                                  new VersionConflict(HttpError.VERSION_CONFLICT, "The user was changed by someone else; reload and retry.")));
            });
  }

  private static Optional<Row> first(RowSet<Row> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  private static List<User> mapAll(RowSet<Row> rows) {
    List<User> users = new ArrayList<>(rows.size());
    rows.forEach(r -> users.add(toUser(r)));
    return users;
  }

  private static StoredUser toStored(Row row) {
    return new StoredUser(toUser(row), row.getString("password_hash"), row.getLong("session_version"));
  }

  static User toUser(Row row) {
    String[] codes = row.getArrayOfStrings("kelurahan_codes");
    return new User(
        row.getUUID("id"),
        row.getString("username"),
        Role.valueOf(row.getString("role")),
        codes == null ? List.of() : Arrays.asList(codes),
        row.getBoolean("active"),
        row.getInteger("version"),
        instant(row, "created_at"),
        instant(row, "updated_at"));
  }

  private static Instant instant(Row row, String column) {
    var odt = row.getOffsetDateTime(column);
    return odt == null ? null : odt.toInstant();
  }
}
