package id.ngopeni.persistence.user;

import id.ngopeni.domain.user.Role;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored authority of a user (role, scope, active, session version), and ending a user's
 * sessions. A change of the row is announced to every instance by the database itself (V15's
 * trigger, channel {@link UserChangeFeed#CHANNEL}).
 */
public final class UserAuthorities {
  private static final String COLUMNS = "id, username, role, kelurahan_codes, active, session_version";

  private static final String FIND = "SELECT " + COLUMNS + " FROM app_user WHERE id = $1";

  /** In a money-moving transaction: the row cannot change until the transaction ends. */
  private static final String FIND_FOR_SHARE = FIND + " FOR SHARE";

  private static final String END_SESSIONS =
      "UPDATE app_user SET session_version = session_version + 1 WHERE id = $1";

  public Future<Optional<Authority>> find(SqlClient db, UUID userId) {
    return db.preparedQuery(FIND).execute(Tuple.of(userId)).map(rows -> first(rows.iterator()));
  }

  /** The row, locked {@code FOR SHARE} until the end of the transaction {@code tx}. */
  public Future<Optional<Authority>> findForShare(SqlClient tx, UUID userId) {
    return tx.preparedQuery(FIND_FOR_SHARE).execute(Tuple.of(userId)).map(rows -> first(rows.iterator()));
  }

  /** Logout or a stolen refresh token: every access token of the user stops working. */
  public Future<Void> endSessions(SqlClient db, UUID userId) {
    return db.preparedQuery(END_SESSIONS).execute(Tuple.of(userId)).mapEmpty();
  }

  private static Optional<Authority> first(java.util.Iterator<Row> it) {
    if (!it.hasNext()) {
      return Optional.empty();
    }
    Row row = it.next();
    String[] codes = row.getArrayOfStrings("kelurahan_codes");
    return Optional.of(new Authority(row.getUUID("id"), row.getString("username"), Role.valueOf(row.getString("role")),
        codes == null ? List.of() : Arrays.asList(codes), row.getBoolean("active"), row.getLong("session_version")));
  }
}
