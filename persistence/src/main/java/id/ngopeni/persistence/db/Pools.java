package id.ngopeni.persistence.db;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;

/**
 * An instance's database clients: the transactional pool, the pipelined reads client, and the pool
 * of a read replica when one is configured.
 */
public final class Pools {
  private Pools() {}

  /**
   * Builds the pool. Vert.x defaults (4 connections, no prepared-statement cache) are too small
   * for a server: every repository uses {@code preparedQuery}, so cached statements save a
   * parse/plan round trip per query.
   *
   * <p>JIT compilation is off for our sessions: the audit chain's one-row head table bloats
   * between vacuums, the planner then expects thousands of rows, and PostgreSQL spent 147 ms
   * compiling every append — under the head lock, so every write waited (measured with the
   * write-path bench: 6 appends/s instead of hundreds). Short statements never win by JIT.
   */
  public static Pool create(Vertx vertx, DatabaseTarget target, int maxSize) {
    return PgBuilder.pool().with(poolOptions("ngopeni", maxSize)).connectingTo(sessions(target, "ngopeni", 512, 256)
        .addProperty("statement_timeout", STATEMENT_TIMEOUT))
        .using(vertx).build();
  }

  /**
   * A client for one-statement reads outside transactions (GET by id, reports). Its connections
   * are pipelined: concurrent reads share a connection and travel to PostgreSQL several to a
   * write, so a backend answers a burst without sleeping between queries. It is a
   * {@link SqlClient}, not a {@link Pool}: it offers no transactions, which pipelining would mix.
   * Up to {@code pipeliningLimit} reads wait on one connection before the next is opened, so a
   * slow report holds up at most that many.
   *
   * <p>Its one kind of write is the access log's record of a hot read (issue 17). It commits
   * asynchronously ({@code synchronous_commit=off}): a read does not wait for a WAL flush, which
   * would stall every read pipelined behind it (measured: GET /workers/{id} at 16 concurrent
   * clients fell to about a quarter). A crash can lose the last fraction of a second of such
   * records (about three WAL-writer delays), never corrupt them; reveals and exports record in
   * their own, synchronously committed, transactions.
   */
  public static SqlClient reads(Vertx vertx, DatabaseTarget target, int maxSize, int pipeliningLimit) {
    return PgBuilder.client().with(poolOptions("ngopeni-reads", maxSize))
        .connectingTo(sessions(target, "ngopeni-reads", 256, pipeliningLimit).addProperty("synchronous_commit", "off")
            .addProperty("statement_timeout", READS_STATEMENT_TIMEOUT))
        .withConnectHandler(connection -> {
          FlushConsolidation.install(connection);
          connection.close();
        })
        .using(vertx).build();
  }

  /**
   * The longest a statement may run before PostgreSQL cancels it (SQLSTATE 57014, answered 500
   * with an incident): a runaway query must not hold a connection and its locks for ever. The
   * longest legitimate statement is a month's invoice lines at province scale (10,000,000 lines:
   * minutes).
   */
  static final String STATEMENT_TIMEOUT = "10min";

  /** The same for the reads client, whose one-statement reads take milliseconds. */
  static final String READS_STATEMENT_TIMEOUT = "30s";

  /**
   * The pool of a streaming replica ({@code NGOPENI_DATABASE_READ_URL}, see {@link ReplicaReads}):
   * the same session settings, read-only sessions (a standby refuses writes anyway; this says so
   * on any server), the pool's statement timeout (it runs what the pool ran: searches, reports,
   * export cursors), and a short connect timeout, so a replica that has gone away costs a read
   * two seconds at most before it is retried on the primary.
   */
  public static Pool replica(Vertx vertx, DatabaseTarget target, int maxSize) {
    SqlConnectOptions options = sessions(target, "ngopeni-replica", 512, 256)
        .addProperty("statement_timeout", STATEMENT_TIMEOUT)
        .addProperty("default_transaction_read_only", "on")
        .addProperty("application_name", "ngopeni-replica-reads");
    return PgBuilder.pool().with(poolOptions("ngopeni-replica", maxSize))
        .with(new NetClientOptions().setConnectTimeout(REPLICA_CONNECT_TIMEOUT_MS).setTcpKeepAlive(true))
        .connectingTo(options).using(vertx).build();
  }

  private static final int REPLICA_CONNECT_TIMEOUT_MS = 2_000;

  /** The session settings both clients share; the name tells their metrics apart. */
  private static SqlConnectOptions sessions(DatabaseTarget target, String name, int statementCache, int pipeliningLimit) {
    return target
        .connectOptions()
        .addProperty("jit", "off")
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(statementCache)
        .setPipeliningLimit(pipeliningLimit)
        .setMetricsName(name)
        .setReconnectAttempts(0);
  }

  private static PoolOptions poolOptions(String name, int maxSize) {
    return new PoolOptions().setMaxSize(maxSize).setName(name).setMaxWaitQueueSize(10_000);
  }
}
