package id.ngopeni.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.persistence.db.ReplicaReads.Route;
import id.ngopeni.persistence.testing.ReplicatedDatabase;
import id.ngopeni.persistence.testing.StreamingReplica;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ReplicaReads} against a real streaming replica whose base backup is taken with the
 * low-level API in Java (the path of a machine without pg_basebackup; the api module's
 * ReadReplicaTest takes the pg_basebackup path where it exists).
 */
class ReplicaReadsTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static ReplicatedDatabase db;

  static {
    HoldingPool.register(); // before the Vertx instance, as the server does
    ReplicaReads.register();
  }

  private static final Vertx vertx = Vertx.vertx();
  private static Pool primary;
  private static Pool replicaPool;
  private static ReplicaReads replicas;

  @BeforeAll
  static void start() {
    db = ReplicatedDatabase.start("ngopeni", true);
    ReplicatedDatabase.execute(db.primaryOwner(), "CREATE TABLE replica_note (note text)");
    ReplicatedDatabase.execute(db.primaryOwner(), "GRANT SELECT, INSERT ON replica_note TO " + DatabaseRoles.APPLICATION_ROLE);
    primary = Pools.create(vertx, db.primaryApplication(), 4);
    replicaPool = Pools.replica(vertx, db.replicaApplication(), 4);
    replicas = ReplicaReads.start(vertx, replicaPool, primary, Duration.ofSeconds(60), Duration.ofMillis(200));
  }

  @AfterAll
  static void stop() {
    if (replicas != null) {
      replicas.close().await();
      primary.close().await();
    }
    vertx.close().await();
    if (db != null) {
      db.close();
    }
  }

  @Test
  void theBackupWasTakenWithTheLowLevelApiAndStreams() {
    assertThat(db.replica.method()).isEqualTo(StreamingReplica.Method.LOW_LEVEL_API);
    ReplicatedDatabase.execute(db.primaryOwner(), "INSERT INTO replica_note VALUES ('streamed')");
    db.awaitCaughtUp(PATIENCE);
    assertThat(ReplicatedDatabase.queryLong(db.replicaOwner(), "SELECT count(*) FROM replica_note WHERE note = 'streamed'"))
        .isEqualTo(1);
  }

  @Test
  void theReplicasSessionsAreReadOnlyWithThePoolsStatementTimeout() {
    var row = replicaPool.query("SELECT current_setting('default_transaction_read_only') AS ro, "
        + "current_setting('statement_timeout') AS timeout").execute().await().iterator().next();
    assertThat(row.getString("ro")).isEqualTo("on");
    assertThat(row.getString("timeout")).isEqualTo(Pools.STATEMENT_TIMEOUT);
  }

  @Test
  void aFitReplicaAnswersTheReadsAndAUsersOwnWriteIsReadBackFromThePrimary() {
    awaitRoute(replicas, null, Route.REPLICA);
    long before = replicas.served(Route.REPLICA);
    assertThat(inRecovery(null)).as("answered by the standby").isTrue();
    assertThat(replicas.served(Route.REPLICA)).isEqualTo(before + 1);

    UUID writer = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    db.pauseReplay();
    try {
      onRequest(() -> {
        replicas.enter(writer, true);
        return Future.succeededFuture();
      });
      ReplicatedDatabase.execute(db.primaryOwner(), "INSERT INTO replica_note VALUES ('own write')");
      replicas.wrote(writer);
      // The replica cannot hold it while paused: the writer reads from the primary, others do not.
      assertThat(routeFor(writer)).isEqualTo(Route.OWN_WRITE);
      assertThat(inRecovery(writer)).isFalse();
      assertThat(notes(writer, "own write")).isEqualTo(1);
      assertThat(routeFor(other)).isEqualTo(Route.REPLICA);
      assertThat(notes(other, "own write")).as("the paused replica answered").isZero();
    } finally {
      db.resumeReplay();
    }
    awaitRoute(replicas, writer, Route.REPLICA);
    assertThat(notes(writer, "own write")).isEqualTo(1);
  }

  @Test
  void aLostReplicaDegradesToThePrimaryAndIsProbedBack() {
    awaitRoute(replicas, null, Route.REPLICA);
    db.replica.kill();
    try {
      long answeredByPrimary = replicas.served(Route.REPLICA_FAILED) + replicas.served(Route.REPLICA_DOWN);
      for (int i = 0; i < 3; i++) {
        assertThat(inRecovery(null)).as("read %d after the replica died", i).isFalse();
      }
      assertThat(replicas.served(Route.REPLICA_FAILED) + replicas.served(Route.REPLICA_DOWN))
          .isEqualTo(answeredByPrimary + 3);
      awaitRoute(replicas, null, Route.REPLICA_DOWN);
      await(() -> replicas.state() == ReplicaHealth.State.DOWN, "the state DOWN");
    } finally {
      db.replica.start();
    }
    awaitRoute(replicas, null, Route.REPLICA);
    assertThat(inRecovery(null)).isTrue();
  }

  @Test
  void aReplicaStalerThanTheBoundIsNotReadButAnIdleOneIs() throws InterruptedException {
    ReplicaReads strict = ReplicaReads.start(vertx, Pools.replica(vertx, db.replicaApplication(), 2), primary,
        Duration.ofSeconds(1), Duration.ofMillis(200));
    try {
      awaitRoute(strict, null, Route.REPLICA);
      // Idle for longer than the bound: nothing to replay, so still fit (no replay timestamp is consulted).
      Thread.sleep(2_500);
      assertThat(strict.route()).isEqualTo(Route.REPLICA);
      db.pauseReplay();
      try {
        ReplicatedDatabase.execute(db.primaryOwner(), "INSERT INTO replica_note VALUES ('while paused')");
        awaitRoute(strict, null, Route.REPLICA_BEHIND);
        // The next probe finds it so too.
        await(() -> strict.state() == ReplicaHealth.State.BEHIND, "the state BEHIND");
      } finally {
        db.resumeReplay();
      }
      awaitRoute(strict, null, Route.REPLICA);
    } finally {
      strict.close().await();
    }
  }

  private static boolean inRecovery(UUID user) {
    return onRequest(() -> {
      if (user != null) {
        replicas.enter(user, false);
      }
      return replicas.read(primary, c -> c.query("SELECT pg_is_in_recovery() AS r").execute()
          .map(rows -> rows.iterator().next().getBoolean("r")));
    });
  }

  private static long notes(UUID user, String note) {
    return onRequest(() -> {
      replicas.enter(user, false);
      return replicas.read(primary, (SqlClient c) -> c.query("SELECT count(*) AS n FROM replica_note WHERE note = '"
          + note + "'").execute().map(rows -> rows.iterator().next().getLong("n")));
    });
  }

  private static Route routeFor(UUID user) {
    return onRequest(() -> {
      replicas.enter(user, false);
      return Future.succeededFuture(replicas.route());
    });
  }

  /** Runs {@code action} on a request's own (duplicated) context, as an HTTP request would. */
  private static <T> T onRequest(Supplier<Future<T>> action) {
    ContextInternal request = ((ContextInternal) vertx.getOrCreateContext()).duplicate();
    Promise<T> done = Promise.promise();
    request.runOnContext(v -> {
      try {
        action.get().onComplete(done);
      } catch (RuntimeException e) {
        done.fail(e);
      }
    });
    return done.future().timeout(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).await();
  }

  private static void awaitRoute(ReplicaReads router, UUID user, Route expected) {
    Route[] now = new Route[1];
    ReplicatedDatabase.eventually(() -> (now[0] = onRequest(() -> {
      if (user != null) {
        router.enter(user, false);
      }
      return Future.succeededFuture(router.route());
    })) == expected, PATIENCE, () -> "route " + expected + " (still " + now[0] + "); replica log:\n" + db.replica.log());
  }

  private static void await(BooleanSupplier condition, String what) {
    ReplicatedDatabase.eventually(condition, PATIENCE, () -> what);
  }
}
