package id.ngopeni.api.auth;

import id.ngopeni.api.platform.PasswordHasher;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.RateLimited;
import id.ngopeni.domain.problem.Unauthenticated;
import id.ngopeni.domain.user.LoginThrottlePolicy;
import id.ngopeni.domain.user.User;
import id.ngopeni.domain.user.Usernames;
import id.ngopeni.persistence.auth.LoginThrottleRepository;
import id.ngopeni.persistence.auth.RefreshTokenRepository;
import id.ngopeni.persistence.user.StoredUser;
import id.ngopeni.persistence.user.UserAuthorities;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.Optional;

/** Login, refresh and logout: the session use cases. */
public record AuthService(Pool pool, UserRepository users, RefreshTokenRepository refreshTokens,
    LoginThrottleRepository throttle, LoginThrottlePolicy policy, PasswordHasher hasher, TokenService tokens,
    Duration refreshTtl, Duration refreshGrace) {
  /** What a successful login or refresh hands out. */
  public record Session(String accessToken, long expiresIn, String refreshToken, User user) {}

  private static final UserAuthorities AUTHORITIES = new UserAuthorities();

  /**
   * Unknown user, wrong password and disabled account all get the same 401, after the same
   * Argon2 work. The attempt is reserved before any hashing (address first, then username and
   * address, then the username account-wide: {@link LoginThrottlePolicy}), so parallel attempts
   * cannot outrun the count; a success gives the reservation back.
   */
  public Future<Session> login(String username, String password, boolean cookie, String address) {
    String name = Usernames.canonical(username);
    return throttle
        .reserveAddress(pool, address, policy)
        .compose(byAddress -> {
          if (!byAddress.allowed()) {
            return Future.failedFuture(slowed(byAddress.retryAfter()));
          }
          return throttle.reserve(pool, name, address, policy).compose(attempt -> attempt.allowed()
              ? users.findByUsername(pool, name).compose(found -> check(name, password, found, cookie, address))
              : Future.failedFuture(locked(attempt.retryAfter())));
        });
  }

  private Future<Session> check(String name, String password, Optional<StoredUser> found, boolean cookie, String address) {
    String hash = found.map(StoredUser::passwordHash).orElse(null);
    return hasher
        .verify(password, hash)
        .compose(
            matches -> {
              if (matches && found.get().user().active()) {
                StoredUser user = found.get();
                return throttle.succeeded(pool, name, address, policy).compose(v -> startSession(user, cookie));
              }
              // The failure was counted when the attempt was reserved.
              return Future.failedFuture(badCredentials());
            });
  }

  private Future<Session> startSession(StoredUser stored, boolean cookie) {
    String refresh = RefreshTokens.newToken();
    User user = stored.user();
    return refreshTokens
        .insert(pool, RefreshTokens.hash(refresh), Ids.newId(), user.id(), refreshTtl, cookie)
        .map(v -> new Session(tokens.issue(user, stored.sessionVersion()), tokens.ttl().toSeconds(), refresh, user));
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one of the same family is
   * issued. A token presented a second time means it leaked: the whole family is revoked —
   * except a token presented again within the grace period after it was spent, the way it was
   * handed out (a console cookie: two tabs refreshing at once; a token in the body: a mobile
   * client whose answer was lost), which gets a sibling of the same family instead. Presented
   * after the grace period, the spent token still revokes the family.
   */
  public Future<Session> refresh(String presented, boolean viaCookie) {
    if (!RefreshTokens.wellFormed(presented)) {
      return Future.failedFuture(refreshRefused());
    }
    byte[] hash = RefreshTokens.hash(presented);
    return pool.withTransaction(
            tx ->
                refreshTokens
                    .spend(tx, hash)
                    .compose(spent -> spent.isPresent() || refreshGrace.isZero()
                        ? Future.succeededFuture(spent)
                        : refreshTokens.spentWithinGrace(tx, hash, refreshGrace, viaCookie))
                    .compose(spent -> spent.isEmpty() ? Future.succeededFuture(Optional.<Session>empty()) : successor(tx, spent.get())))
        .compose(
            session -> {
              if (session.isPresent()) {
                return Future.succeededFuture(session.get());
              }
              // Outside the transaction, so the revocation survives the 401. A spent token
              // presented again was stolen: its user's access tokens end too.
              return pool.withTransaction(tx -> refreshTokens
                      .familyOfSpent(tx, hash)
                      .compose(family -> family.isEmpty() ? Future.succeededFuture()
                          : refreshTokens.revokeFamily(tx, family.get()).compose(v -> endSessionsOf(tx, hash))))
                  .compose(v -> Future.failedFuture(refreshRefused()));
            });
  }

  /** The next token of the family, or none (and the family revoked) if the user may no longer sign in. */
  private Future<Optional<Session>> successor(SqlConnection tx, RefreshTokenRepository.Spent spent) {
    return users
        .findStoredById(tx, spent.userId())
        .compose(
            stored -> {
              if (stored.isEmpty() || !stored.get().user().active()) {
                return refreshTokens.revokeFamily(tx, spent.familyId()).map(v -> Optional.<Session>empty());
              }
              User user = stored.get().user();
              String next = RefreshTokens.newToken();
              return refreshTokens
                  .insert(tx, RefreshTokens.hash(next), spent.familyId(), user.id(), refreshTtl, spent.cookie())
                  .map(v -> Optional.of(new Session(tokens.issue(user, stored.get().sessionVersion()),
                      tokens.ttl().toSeconds(), next, user)));
            });
  }

  /**
   * Revokes the presented token's family and ends the user's access tokens at once (every
   * instance refuses them on the next request; the user's other devices renew theirs with
   * their own refresh tokens).
   */
  public Future<Void> logout(String presented) {
    if (!RefreshTokens.wellFormed(presented)) {
      return Future.succeededFuture();
    }
    byte[] hash = RefreshTokens.hash(presented);
    return pool.withTransaction(tx -> refreshTokens.revokeFamilyOf(tx, hash).compose(v -> endSessionsOf(tx, hash)));
  }

  private Future<Void> endSessionsOf(SqlConnection tx, byte[] tokenHash) {
    return refreshTokens.userOf(tx, tokenHash)
        .compose(user -> user.isEmpty() ? Future.succeededFuture() : AUTHORITIES.endSessions(tx, user.get()));
  }

  private static Unauthenticated badCredentials() {
    return new Unauthenticated(UserError.INVALID_CREDENTIALS);
  }

  private static Unauthenticated refreshRefused() {
    return new Unauthenticated(UserError.REFRESH_TOKEN_INVALID);
  }

  private static RateLimited slowed(Duration remaining) {
    return new RateLimited(UserError.LOGIN_SLOWED,
        "Too many failed logins from your address. Try again in " + remaining.toSeconds() + " second(s).", remaining);
  }

  private static RateLimited locked(Duration remaining) {
    long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
    return new RateLimited(
        UserError.LOGIN_LOCKED, "Too many failed logins. Try again in " + minutes + " minute(s).", remaining);
  }
}
