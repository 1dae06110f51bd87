package id.ngopeni.persistence.user;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * This instance's ear on {@code LISTEN ngopeni_user_changed}: V15's trigger announces every
 * change of an {@code app_user} row at commit. {@link #listening()} is true only while the
 * LISTEN is in place on a connection that answered its last ping; whoever caches user rows must
 * not trust the cache otherwise (a notification sent while nobody listened is lost for good).
 * After every (re)subscription the listener is told to {@link Listener#resync() resync}. The
 * connection is re-established every {@value #RETRY_MS} ms until {@link #close()}.
 */
public final class UserChangeFeed implements AutoCloseable {
  public static final String CHANNEL = "ngopeni_user_changed";
  static final long RETRY_MS = 1_000;
  /** A dead peer that sent no FIN (a cut cable) is found within ping + timeout. */
  static final long PING_MS = 5_000;
  static final long PING_TIMEOUT_MS = 2_000;

  /** Told about changes; called on Vert.x threads, so it must be thread-safe. */
  public interface Listener {
    void changed(UUID userId);

    /** Anything may have changed (just subscribed, or a payload not understood): forget all. */
    void resync();
  }

  private final Vertx vertx;
  private final PgConnectOptions options;
  private final Listener listener;
  private final long pingTimer;
  private volatile boolean listening;
  private boolean closed;
  private PgSubscriber subscriber;

  private UserChangeFeed(Vertx vertx, PgConnectOptions options, Listener listener) {
    this.vertx = vertx;
    this.options = new PgConnectOptions(options).setReconnectAttempts(0);
    this.listener = listener;
    this.pingTimer = vertx.setPeriodic(PING_MS, id -> ping());
  }

  /** Starts listening in the background; {@link #listening()} is false until the LISTEN is in place. */
  public static UserChangeFeed start(Vertx vertx, PgConnectOptions options, Listener listener) {
    UserChangeFeed feed = new UserChangeFeed(vertx, options, listener);
    feed.connect();
    return feed;
  }

  public boolean listening() {
    return listening;
  }

  private synchronized void connect() {
    if (closed) {
      return;
    }
    PgSubscriber s = PgSubscriber.subscriber(vertx, options);
    subscriber = s;
    s.closeHandler(v -> lost(s));
    s.channel(CHANNEL)
        .subscribeHandler(v -> subscribed(s))
        .handler(this::notified);
    s.connect().onFailure(e -> lost(s));
  }

  private synchronized void subscribed(PgSubscriber s) {
    if (subscriber == s && !closed) {
      listening = true;
      listener.resync();
    }
  }

  private void notified(String payload) {
    UUID id;
    try {
      id = UUID.fromString(payload);
    } catch (IllegalArgumentException e) {
      listener.resync();
      return;
    }
    listener.changed(id);
  }

  private synchronized void lost(PgSubscriber s) {
    if (subscriber != s) {
      return;
    }
    listening = false;
    subscriber = null;
    s.close();
    if (!closed) {
      vertx.setTimer(RETRY_MS, t -> connect());
    }
  }

  private void ping() {
    PgSubscriber s;
    synchronized (this) {
      s = subscriber;
    }
    PgConnection connection = s == null ? null : s.actualConnection();
    if (connection == null || !listening) {
      return;
    }
    connection.query("SELECT 1").execute().timeout(PING_TIMEOUT_MS, TimeUnit.MILLISECONDS).onFailure(e -> lost(s));
  }

  /** For tests: drops the connection as a network failure would. */
  public void dropConnectionForTest() {
    PgSubscriber s;
    synchronized (this) {
      s = subscriber;
    }
    if (s != null && s.actualConnection() != null) {
      s.actualConnection().close();
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    listening = false;
    vertx.cancelTimer(pingTimer);
    if (subscriber != null) {
      subscriber.close();
      subscriber = null;
    }
  }
}
