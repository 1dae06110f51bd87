package id.ngopeni.persistence.db;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.spi.context.storage.ContextLocal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The application's transactional pool. It behaves exactly like the pool it wraps, except inside
 * a {@link Scope} opened for one request (an HTTP request carrying an {@code Idempotency-Key}):
 * there the use case's transaction is not committed when the use case completes but held open, so
 * that the request's recorded response is written in the same transaction and both commit
 * together ({@link Scope#commit}). A process killed between the two can therefore never leave a
 * done use case with its key still pending, nor a recorded response for work that was lost.
 *
 * <p>While a scope holds a transaction, every statement sent through this pool by the same request
 * (a second {@code withTransaction}, a plain query reading back what the use case wrote) runs in
 * it. The scope lives in the Vert.x context local of the request's duplicated context, which the
 * continuations of its futures share; other requests and background jobs never see it.
 */
public final class HoldingPool implements Pool {
  private static final ContextLocal<Scope> SCOPE = ContextLocal.registerLocal(Scope.class);

  private final Pool pool;

  public HoldingPool(Pool pool) {
    this.pool = pool;
  }

  /**
   * Makes sure the context local is registered: Vert.x sizes each instance's context storage when
   * the instance is built, so call this before building the {@link Vertx} this pool is used with.
   */
  public static void register() {
    // Loading the class registered SCOPE.
  }

  /**
   * Opens a scope on the current (request's) context: the next transaction through this pool on it
   * is held until {@link Scope#commit} or {@link Scope#rollback}.
   */
  public Scope open() {
    Context context = Vertx.currentContext();
    if (!(context instanceof ContextInternal internal) || !internal.isDuplicate()) {
      // The event loop's own context is shared by every request it serves: a scope there would
      // hand one request's transaction to another. Vert.x runs each HTTP request on a duplicate.
      throw new IllegalStateException("a held transaction needs the request's own (duplicated) context");
    }
    Scope scope = new Scope(pool);
    SCOPE.put(context, scope);
    return scope;
  }

  /**
   * Runs {@code action} once what this request wrote is visible to others: after the held
   * transaction commits, or now when none is held (e.g. waking a worker that polls for the row).
   */
  public static void afterCommit(Runnable action) {
    Scope scope = current();
    if (scope == null || scope.connection == null) {
      action.run();
    } else {
      scope.afterCommit.add(action);
    }
  }

  /** Whether this request holds a transaction now: its reads must see what it wrote (ReplicaReads). */
  public static boolean holdsTransaction() {
    Scope scope = current();
    return scope != null && scope.connection != null;
  }

  private static Scope current() {
    Context context = Vertx.currentContext();
    Scope scope = context == null ? null : SCOPE.get(context);
    return scope == null || scope.finished ? null : scope;
  }

  @Override
  public <T> Future<T> withTransaction(Function<SqlConnection, Future<T>> function) {
    Scope scope = current();
    return scope == null ? pool.withTransaction(function) : scope.run(function);
  }

  @Override
  public Future<SqlConnection> getConnection() {
    return pool.getConnection();
  }

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return client().query(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    return client().preparedQuery(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
    return client().preparedQuery(sql, options);
  }

  /** The held transaction's connection while this request holds one, else the pool. */
  private SqlClient client() {
    Scope scope = current();
    return scope != null && scope.connection != null ? scope.connection : pool;
  }

  @Override
  public int size() {
    return pool.size();
  }

  @Override
  public Future<Void> close() {
    return pool.close();
  }

  /** One request's held transaction: none until its first {@code withTransaction}. */
  public static final class Scope {
    private final Pool pool;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private SqlConnection connection;
    private Transaction transaction;
    private boolean finished;

    private Scope(Pool pool) {
      this.pool = pool;
    }

    /** Begins the held transaction now (a request's first statements may need it: locks). */
    public Future<SqlClient> begin() {
      if (connection != null) {
        return Future.succeededFuture(connection);
      }
      return pool.getConnection().compose(opened -> opened.begin().<SqlClient>map(begun -> {
        connection = opened;
        transaction = begun;
        return opened;
      }).onFailure(e -> opened.close()));
    }

    private <T> Future<T> run(Function<SqlConnection, Future<T>> function) {
      if (connection != null) {
        // A further use-case step of the same request joins the held transaction.
        SqlConnection held = connection;
        return function.apply(held).onFailure(e -> rollback());
      }
      return begin().compose(held -> function.apply(connection)).onFailure(e -> rollback());
    }

    /**
     * Writes {@code last} in the held transaction and commits both; without a held transaction
     * (the use case wrote nothing) {@code last} runs on the pool. The scope is finished either way.
     */
    public Future<Void> commit(Function<SqlClient, Future<Void>> last) {
      finished = true;
      if (connection == null) {
        return last.apply(pool);
      }
      SqlConnection held = connection;
      Transaction tx = transaction;
      connection = null;
      transaction = null;
      return last.apply(held)
          .compose(v -> tx.commit(), e -> tx.rollback().transform(r -> Future.<Void>failedFuture(e)))
          .onComplete(done -> held.close())
          .onSuccess(v -> afterCommit.forEach(Runnable::run));
    }

    /** Undoes the held transaction, if any; the scope is finished. */
    public Future<Void> rollback() {
      finished = true;
      if (connection == null) {
        return Future.succeededFuture();
      }
      SqlConnection held = connection;
      Transaction tx = transaction;
      connection = null;
      transaction = null;
      afterCommit.clear();
      return tx.rollback().transform(r -> held.close());
    }
  }
}
