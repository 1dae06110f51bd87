package id.ngopeni.persistence.db;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.spi.context.storage.ContextLocal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Reads that may be a little stale — searches, lists, reports, coverage, exports — go to a
 * PostgreSQL streaming replica ({@code NGOPENI_DATABASE_READ_URL}) when it is fit, else to the
 * primary client the caller names. Writes, transactions and money re-reads never come here.
 *
 * <p>The replica is fit when {@link ReplicaHealth}'s last probe found it a standby that is fresh
 * as of at most {@code maxLag} ago ({@link Freshness}), and the request's user has no write the
 * replica may not hold yet ({@link WriteMarks}: the request's user is bound by {@link #enter}).
 * A read inside a held transaction (an idempotent POST) stays on the primary. A replica read that
 * fails because the replica is unreachable or cancelled it (recovery conflict) is run again on
 * the primary, and an unreachable replica is marked down until a probe finds it back: losing the
 * replica costs reads their spread, never an error.
 *
 * <p>{@link #served} counts the reads each {@link Route} answered (the metrics show them).
 */
public final class ReplicaReads {
  private static final ContextLocal<UUID> USER = ContextLocal.registerLocal(UUID.class);

  /** Who answered a routed read, and why. */
  public enum Route {
    /** The replica, fit and fresh enough. */
    REPLICA(true),
    /** No replica configured. */
    NO_REPLICA(false),
    /** The request holds a transaction whose writes the read must see. */
    IN_TRANSACTION(false),
    /** The user wrote something the replica may not hold yet. */
    OWN_WRITE(false),
    /** The replica is unreachable, or no standby, or not yet known to be fit. */
    REPLICA_DOWN(false),
    /** The replica is staler than the bound. */
    REPLICA_BEHIND(false),
    /** The read failed on the replica and was answered by the primary. */
    REPLICA_FAILED(false);

    private final boolean replica;

    Route(boolean replica) {
      this.replica = replica;
    }

    public boolean replica() {
      return replica;
    }
  }

  private final Pool replica;
  private final ReplicaHealth health;
  private final WriteMarks writes;
  private final LongSupplier nanoTime;
  private final Map<Route, LongAdder> served = new EnumMap<>(Route.class);

  private ReplicaReads(Pool replica, ReplicaHealth health, WriteMarks writes, LongSupplier nanoTime) {
    this.replica = replica;
    this.health = health;
    this.writes = writes;
    this.nanoTime = nanoTime;
    for (Route route : Route.values()) {
      served.put(route, new LongAdder());
    }
  }

  /** No replica: every routed read goes to the primary client its caller names. */
  public static ReplicaReads none() {
    return new ReplicaReads(null, null, null, System::nanoTime);
  }

  /**
   * Reads on {@code replica} when fit, probed every {@code probeEvery} against {@code primary}
   * (any client of the primary: one statement per probe).
   */
  public static ReplicaReads start(Vertx vertx, Pool replica, SqlClient primary, Duration maxLag, Duration probeEvery) {
    WriteMarks writes = new WriteMarks();
    ReplicaHealth health = ReplicaHealth.start(vertx, replica, primary, maxLag, probeEvery, writes);
    return new ReplicaReads(replica, health, writes, System::nanoTime);
  }

  /**
   * Loads the class, registering its request-local: call before building the {@link Vertx} it is
   * used with (as {@link HoldingPool#register()}).
   */
  public static void register() {
    // Loading the class registered USER.
  }

  public boolean configured() {
    return replica != null;
  }

  /**
   * Binds this request's user for routing; {@code writes} marks a write request (its reads go to
   * the primary from now on). Call {@link #wrote} when a write request has ended.
   */
  public void enter(UUID user, boolean writes) {
    if (replica == null) {
      return;
    }
    Context context = Vertx.currentContext();
    if (context instanceof ContextInternal internal && internal.isDuplicate()) {
      USER.put(context, user);
    }
    if (writes) {
      this.writes.began(user);
    }
  }

  /** The user's write request has ended (answered or failed): what it committed is committed. */
  public void wrote(UUID user) {
    if (replica != null) {
      writes.ended(user, nanoTime.getAsLong());
    }
  }

  /**
   * Work done for {@code user} outside their requests (a background import) has committed: their
   * reads go to the primary until the replica holds it.
   */
  public void committedFor(UUID user) {
    if (replica != null && user != null) {
      writes.committed(user, nanoTime.getAsLong());
    }
  }

  /**
   * Runs {@code read} on the replica when fit, else on {@code primary}; a replica that fails it
   * (unreachable, recovery conflict) is replaced by {@code primary} for this read.
   */
  public <T> Future<T> read(SqlClient primary, Function<SqlClient, Future<T>> read) {
    Route route = route();
    if (!route.replica()) {
      return counted(route, attempt(read, primary));
    }
    return counted(Route.REPLICA, attempt(read, replica)).recover(e -> {
      if (!worthThePrimary(e)) {
        return Future.failedFuture(e);
      }
      return counted(Route.REPLICA_FAILED, attempt(read, primary));
    });
  }

  /**
   * A connection for a read that needs one (a cursor): the replica's when fit, else the primary's
   * (also when the replica cannot give one). Once streaming, a lost replica fails the read.
   */
  public Future<SqlConnection> connection(Pool primary) {
    Route route = route();
    if (!route.replica()) {
      return counted(route, primary.getConnection());
    }
    return counted(Route.REPLICA, replica.getConnection()).recover(e -> {
      if (!worthThePrimary(e)) {
        return Future.failedFuture(e);
      }
      return counted(Route.REPLICA_FAILED, primary.getConnection());
    });
  }

  /** Where a read would go now, with the reason. */
  public Route route() {
    if (replica == null) {
      return Route.NO_REPLICA;
    }
    if (HoldingPool.holdsTransaction()) {
      return Route.IN_TRANSACTION;
    }
    Route fit = health.fitness(nanoTime.getAsLong());
    if (fit != Route.REPLICA) {
      return fit;
    }
    UUID user = currentUser();
    if (user != null && writes.unseen(user, health.freshAsOf())) {
      return Route.OWN_WRITE;
    }
    return Route.REPLICA;
  }

  /** Reads answered so far by {@code route}. */
  public long served(Route route) {
    return served.get(route).sum();
  }

  /** The replica's state, for metrics and logs. */
  public ReplicaHealth.State state() {
    return replica == null ? ReplicaHealth.State.NONE : health.state();
  }

  /** Seconds since the instant the replica is fresh as of; negative when unknown or none. */
  public double stalenessSeconds() {
    if (replica == null) {
      return -1;
    }
    long fresh = health.freshAsOf();
    return fresh == Freshness.NEVER ? -1 : (nanoTime.getAsLong() - fresh) / 1e9;
  }

  private static UUID currentUser() {
    Context context = Vertx.currentContext();
    return context instanceof ContextInternal internal && internal.isDuplicate() ? USER.get(context) : null;
  }

  private static <T> Future<T> attempt(Function<SqlClient, Future<T>> read, SqlClient client) {
    try {
      return read.apply(client);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private <T> Future<T> counted(Route route, Future<T> read) {
    return read.onSuccess(done -> served.get(route).increment());
  }

  /**
   * The replica could not answer but the primary may: it is unreachable (then it is marked down),
   * or it cancelled the read for a conflict with recovery (40001) or is out of connections (53300).
   */
  private boolean worthThePrimary(Throwable e) {
    if (PgErrors.isUnavailable(e)) {
      health.lost(e);
      return true;
    }
    return PgErrors.sqlState(e).filter(s -> s.equals(PgErrors.SERIALIZATION_FAILURE) || s.equals("53300")).isPresent();
  }

  /** Stops probing and closes the replica's pool. */
  public Future<Void> close() {
    if (replica == null) {
      return Future.succeededFuture();
    }
    health.close();
    return replica.close();
  }
}
