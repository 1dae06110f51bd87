package id.ngopeni.persistence.auth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens, stored only as SHA-256 hashes. */
public final class RefreshTokenRepository {

  /** A token that was just spent, and what it was issued for; {@code cookie}: a console session. */
  public record Spent(UUID familyId, UUID userId, boolean cookie) {}

  private static final String INSERT =
      """
      INSERT INTO refresh_token (token_hash, family_id, user_id, expires_at, cookie)
      VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5)
      """;

  /** Spending is a conditional update: of two concurrent uses, exactly one wins. */
  private static final String SPEND =
      """
      UPDATE refresh_token SET spent_at = now()
      WHERE token_hash = $1 AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > now()
      RETURNING family_id, user_id, cookie
      """;

  /**
   * A token spent less than the grace period ago, in a family nobody revoked, presented the way it
   * was handed out (cookie or body): another tab of the same browser presenting the cookie at the
   * same time, or a mobile client retrying a refresh whose answer it never received — not a thief.
   * Measured with clock_timestamp(): the competing transaction may have started before this one.
   */
  private static final String SPENT_WITHIN_GRACE =
      """
      SELECT t.family_id, t.user_id, t.cookie FROM refresh_token t
      WHERE t.token_hash = $1 AND t.cookie = $3 AND t.revoked_at IS NULL AND t.expires_at > now()
        AND t.spent_at > clock_timestamp() - make_interval(secs => $2)
        AND NOT EXISTS (SELECT 1 FROM refresh_token f WHERE f.family_id = t.family_id AND f.revoked_at IS NOT NULL)
      """;

  private static final String FAMILY_OF_SPENT =
      "SELECT family_id FROM refresh_token WHERE token_hash = $1 AND spent_at IS NOT NULL";

  private static final String USER_OF = "SELECT user_id FROM refresh_token WHERE token_hash = $1";

  private static final String REVOKE_FAMILY =
      "UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL";

  private static final String REVOKE_BY_TOKEN =
      """
      UPDATE refresh_token SET revoked_at = now()
      WHERE family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1) AND revoked_at IS NULL
      """;

  private static final String REVOKE_USER =
      "UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL";

  private static final String PURGE_EXPIRED =
      "DELETE FROM refresh_token WHERE expires_at < now() - interval '1 day'";

  public Future<Void> insert(SqlClient db, byte[] tokenHash, UUID familyId, UUID userId, Duration ttl, boolean cookie) {
    return db.preparedQuery(INSERT)
        .execute(Tuple.of(tokenHash, familyId, userId, (double) ttl.toSeconds(), cookie))
        .mapEmpty();
  }

  public Future<Optional<Spent>> spend(SqlClient db, byte[] tokenHash) {
    return db.preparedQuery(SPEND).execute(Tuple.of(tokenHash)).map(RefreshTokenRepository::spent);
  }

  /**
   * The token if it was spent within {@code grace}, its family is intact and it was handed out the
   * way it is presented now ({@code viaCookie}).
   */
  public Future<Optional<Spent>> spentWithinGrace(SqlClient db, byte[] tokenHash, Duration grace, boolean viaCookie) {
    return db.preparedQuery(SPENT_WITHIN_GRACE)
        .execute(Tuple.of(tokenHash, grace.toMillis() / 1000.0, viaCookie))
        .map(RefreshTokenRepository::spent);
  }

  private static Optional<Spent> spent(RowSet<Row> rows) {
    var it = rows.iterator();
    if (!it.hasNext()) {
      return Optional.empty();
    }
    var row = it.next();
    return Optional.of(new Spent(row.getUUID("family_id"), row.getUUID("user_id"), row.getBoolean("cookie")));
  }

  /** The family of a token that was already spent: its reuse means the family is compromised. */
  public Future<Optional<UUID>> familyOfSpent(SqlClient db, byte[] tokenHash) {
    return db.preparedQuery(FAMILY_OF_SPENT)
        .execute(Tuple.of(tokenHash))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
  }

  /** The user a token (spent, revoked or not) was issued to; none for an unknown token. */
  public Future<Optional<UUID>> userOf(SqlClient db, byte[] tokenHash) {
    return db.preparedQuery(USER_OF)
        .execute(Tuple.of(tokenHash))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
  }

  public Future<Void> revokeFamily(SqlClient db, UUID familyId) {
    return db.preparedQuery(REVOKE_FAMILY).execute(Tuple.of(familyId)).mapEmpty();
  }

  /** Logout: revokes the family the presented token belongs to. Unknown tokens are ignored. */
  public Future<Void> revokeFamilyOf(SqlClient db, byte[] tokenHash) {
    return db.preparedQuery(REVOKE_BY_TOKEN).execute(Tuple.of(tokenHash)).mapEmpty();
  }

  public Future<Void> revokeAllOfUser(SqlClient db, UUID userId) {
    return db.preparedQuery(REVOKE_USER).execute(Tuple.of(userId)).mapEmpty();
  }

  public Future<Integer> purgeExpired(SqlClient db) {
    return db.query(PURGE_EXPIRED).execute().map(rows -> rows.rowCount());
  }
}
