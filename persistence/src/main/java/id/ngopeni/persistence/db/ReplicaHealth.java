package id.ngopeni.persistence.db;

import id.ngopeni.persistence.db.ReplicaReads.Route;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes a read replica every {@code probeEvery}: samples the primary's WAL position, then asks
 * the replica how far it has replayed ({@link Freshness}). The replica is {@link State#UP} when
 * it is a standby fresh as of at most {@code maxLag} ago, {@link State#BEHIND} when staler,
 * {@link State#DOWN} when it does not answer within two seconds (or a read found it gone), and
 * {@link State#NOT_STANDBY} when it answers but is no standby (a promoted replica, a wrong URL).
 * Every change is logged once; the URL and password never are.
 */
public final class ReplicaHealth {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaHealth.class);
  private static final long PROBE_TIMEOUT_MS = 2_000;

  /** What the last probe (or a failed read) found. */
  public enum State {
    /** No replica configured. */
    NONE,
    /** Configured, not probed yet. */
    STARTING,
    UP,
    BEHIND,
    DOWN,
    NOT_STANDBY
  }

  private final Pool replica;
  private final SqlClient primary;
  private final long maxLagNanos;
  private final WriteMarks writes;
  private final Freshness freshness;
  private final ReplicaProbe probe = new ReplicaProbe();
  private final AtomicBoolean probing = new AtomicBoolean();
  private volatile State state = State.STARTING;
  private volatile boolean closed;
  private Vertx vertx;
  private long timer;

  private ReplicaHealth(Pool replica, SqlClient primary, Duration maxLag, Duration probeEvery, WriteMarks writes) {
    this.replica = replica;
    this.primary = primary;
    this.maxLagNanos = maxLag.toNanos();
    this.writes = writes;
    this.freshness = new Freshness((int) (maxLag.toMillis() / Math.max(1, probeEvery.toMillis())) + 2);
  }

  static ReplicaHealth start(Vertx vertx, Pool replica, SqlClient primary, Duration maxLag, Duration probeEvery,
      WriteMarks writes) {
    ReplicaHealth health = new ReplicaHealth(replica, primary, maxLag, probeEvery, writes);
    health.vertx = vertx;
    health.timer = vertx.setPeriodic(1, Math.max(1, probeEvery.toMillis()), id -> health.probe());
    return health;
  }

  State state() {
    return state;
  }

  long freshAsOf() {
    return freshness.freshAsOf();
  }

  /** Whether a read at {@code now} may go to the replica, else why not. */
  Route fitness(long now) {
    return switch (state) {
      case UP -> now - freshness.freshAsOf() <= maxLagNanos ? Route.REPLICA : Route.REPLICA_BEHIND;
      case BEHIND -> Route.REPLICA_BEHIND;
      default -> Route.REPLICA_DOWN;
    };
  }

  /** A read found the replica unreachable: down until a probe finds it back. */
  void lost(Throwable cause) {
    freshness.reset();
    moveTo(State.DOWN, PgErrors.describe(cause));
  }

  private void probe() {
    if (closed || !probing.compareAndSet(false, true)) {
      return;
    }
    long instant = System.nanoTime();
    // Without the primary's position the replica is only known as fresh as before: it goes
    // BEHIND by itself when that is too old.
    Future<Void> sampled = probe.primaryPosition(primary).timeout(PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS)
        .<Void>map(position -> {
          freshness.sampled(instant, position);
          return null;
        })
        .recover(e -> Future.succeededFuture());
    sampled.compose(v -> probe.standby(replica).timeout(PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS))
        .onComplete(answer -> {
          probing.set(false);
          if (closed) {
            return;
          }
          if (answer.failed()) {
            lost(answer.cause());
          } else {
            observed(answer.result());
          }
        });
  }

  private void observed(ReplicaProbe.Standby standby) {
    if (!standby.inRecovery() || standby.replayed() == null) {
      freshness.reset();
      moveTo(State.NOT_STANDBY, "it is not a standby in recovery");
      return;
    }
    long fresh = freshness.replayed(standby.replayed());
    long now = System.nanoTime();
    boolean fit = fresh != Freshness.NEVER && now - fresh <= maxLagNanos;
    writes.forget(fresh, now - maxLagNanos);
    moveTo(fit ? State.UP : State.BEHIND, fresh == Freshness.NEVER ? "not caught up yet"
        : String.format("fresh as of %.1f s ago, bound %.1f s", (now - fresh) / 1e9, maxLagNanos / 1e9));
  }

  private synchronized void moveTo(State next, String why) {
    State before = state;
    if (before == next) {
      return;
    }
    state = next;
    if (next == State.UP) {
      LOG.info("Read replica is up ({}): searches, lists, reports and exports read from it", why);
    } else if (before != State.STARTING || next != State.BEHIND) {
      LOG.warn("Read replica is {} ({}): its reads go to the primary", next.name().toLowerCase(java.util.Locale.ROOT),
          why);
    }
  }

  void close() {
    closed = true;
    if (vertx != null) {
      vertx.cancelTimer(timer);
    }
  }
}
