package id.ngopeni.api.auth;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.Unauthenticated;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.persistence.user.Authority;
import id.ngopeni.persistence.user.UserAuthorities;
import id.ngopeni.persistence.user.UserChangeFeed;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.SqlClient;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Whether a verified access token's session is still on, checked on every request against the
 * user as STORED: active, and the token's {@code sv} still the user's {@code session_version}
 * (which moves with every change of role, scope, active flag or password, and with logout).
 * The caller that goes on carries the stored role, scope and username, not the token's.
 *
 * <p>The rows are cached per instance. Every instance LISTENs for V15's notifications
 * ({@link UserChangeFeed}) and drops a row when it changes anywhere; while this instance is not
 * listening, the cache is neither read nor filled (every request reads the row), so a
 * notification missed while disconnected can never keep a stale row. A read racing a
 * notification is not kept: it is put first and taken back if an invalidation happened since
 * the read began (the {@code epoch}).
 */
public final class Sessions implements UserChangeFeed.Listener, AutoCloseable {
  /** Rows kept at most; beyond it the cache starts again (users are a few hundred). */
  static final int CACHE_LIMIT = 50_000;

  private final ConcurrentHashMap<UUID, Authority> cache = new ConcurrentHashMap<>();
  private final AtomicLong epoch = new AtomicLong();
  private final Function<UUID, Future<Optional<Authority>>> load;
  private volatile BooleanSupplier listening = () -> false;
  private UserChangeFeed feed;

  /** @param load reads a user's row on a cache miss */
  Sessions(Function<UUID, Future<Optional<Authority>>> load) {
    this.load = load;
  }

  /** Sessions of this instance, listening for changes of users on {@code database}. */
  public static Sessions start(Vertx vertx, PgConnectOptions database, SqlClient reads) {
    UserAuthorities authorities = new UserAuthorities();
    Sessions sessions = new Sessions(id -> authorities.find(reads, id));
    sessions.feed = UserChangeFeed.start(vertx, database, sessions);
    sessions.trustCacheWhile(sessions.feed::listening);
    return sessions;
  }

  /** For tests: this instance's change feed. */
  public UserChangeFeed feed() {
    return feed;
  }

  @Override
  public void close() {
    if (feed != null) {
      feed.close();
    }
  }

  /** Trust the cache only while {@code listening} says so (the feed's {@code listening()}). */
  void trustCacheWhile(BooleanSupplier listening) {
    this.listening = listening;
  }

  /** The request's caller with the stored authority, or {@code session_ended}. */
  public Future<Caller> check(Caller fromToken) {
    UUID id = fromToken.userId();
    boolean cached = listening.getAsBoolean();
    Authority known = cached ? cache.get(id) : null;
    if (known != null) {
      return admit(fromToken, Optional.of(known));
    }
    long seen = epoch.get();
    return load.apply(id).compose(found -> {
      if (cached && found.isPresent()) {
        keep(found.get(), seen);
      }
      return admit(fromToken, found);
    });
  }

  private void keep(Authority row, long seen) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(row.id(), row);
    if (epoch.get() != seen || !listening.getAsBoolean()) {
      cache.remove(row.id(), row);
    }
  }

  /** The stored row admits the token's session: it exists, is active and has the token's version. */
  static Future<Caller> admit(Caller fromToken, Optional<Authority> stored) {
    if (stored.isEmpty() || !stored.get().active() || stored.get().sessionVersion() != fromToken.sessionVersion()) {
      return Future.failedFuture(ended());
    }
    Authority row = stored.get();
    return Future.succeededFuture(fromToken.withAuthority(row.username(), row.role(), row.kelurahanCodes()));
  }

  static Unauthenticated ended() {
    return new Unauthenticated(UserError.SESSION_ENDED);
  }

  @Override
  public void changed(UUID userId) {
    epoch.incrementAndGet();
    cache.remove(userId);
  }

  @Override
  public void resync() {
    epoch.incrementAndGet();
    cache.clear();
  }

  /** For tests and measurements: rows cached now. */
  int cachedRows() {
    return cache.size();
  }
}
