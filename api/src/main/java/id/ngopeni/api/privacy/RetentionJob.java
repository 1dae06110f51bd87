package id.ngopeni.api.privacy;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.privacy.RetentionKind;
import id.ngopeni.domain.privacy.RetentionPeriods;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.PrivacyError;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.privacy.PurgedBatch;
import id.ngopeni.persistence.privacy.RetentionBatches;
import id.ngopeni.persistence.privacy.RetentionRepository;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes or anonymises what is past its retention period (issue 17, item 5): daily at
 * {@link #DAILY_AT} WIB, and when an admin asks ({@code POST /privacy/retention/run}). Kind by
 * kind, in batches of {@code batchSize} records; each batch is one transaction holding its
 * statement and its audit tombstone (kind, count, id range, digest), so a crash mid-way leaves
 * the batches before it done and recorded and the one in flight undone; the next run goes on.
 * A dry run only counts. One run at a time per instance; instances running at once never take
 * the same rows (SKIP LOCKED).
 *
 * <p>The job runs on its own Vert.x context: a run asked over HTTP must not join that
 * request's held transaction (an idempotent POST's), which would make one transaction of it.
 */
public final class RetentionJob {
  public static final LocalTime DAILY_AT = LocalTime.of(2, 0);
  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  private final AppContext context;
  private final RetentionRepository repository;
  private final RetentionBatches batches;
  private final int batchSize;
  private final Context jobContext;
  private final AtomicBoolean running = new AtomicBoolean();

  public RetentionJob(AppContext context, RetentionRepository repository, RetentionBatches batches, int batchSize) {
    this.context = context;
    this.repository = repository;
    this.batches = batches;
    this.batchSize = batchSize;
    this.jobContext = context.vertx().getOrCreateContext();
  }

  /** Arms the daily run (then every day at the same time). */
  public void schedule() {
    ZonedDateTime now = ZonedDateTime.now(context.clock().withZone(Jakarta.ZONE));
    ZonedDateTime next = now.with(DAILY_AT);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    long delay = Math.max(1, Duration.between(now, next).toMillis());
    context.vertx().setTimer(delay, id -> {
      if (running.get()) {
        LOG.info("Retention: the daily run is skipped, a run is under way");
      } else {
        run(null, false).onSuccess(r -> LOG.info("Retention run: {}", summary(r)))
            .onFailure(e -> LOG.warn("Retention run failed: {}", e.toString()));
      }
      schedule();
    });
  }

  /**
   * A run by {@code caller} (null: the schedule), answered on the caller's context.
   *
   * @throws Conflict {@code retention_running} (in the future) while another run is under way here
   */
  Future<RetentionReport> run(Caller caller, boolean dryRun) {
    if (!running.compareAndSet(false, true)) {
      return Future.failedFuture(new Conflict(PrivacyError.RETENTION_RUNNING));
    }
    Context back = Vertx.currentContext();
    Promise<RetentionReport> answer = Promise.promise();
    jobContext.runOnContext(v -> runHere(caller, dryRun).onComplete(result -> {
      running.set(false);
      if (back == null) {
        answer.handle(result);
      } else {
        back.runOnContext(x -> answer.handle(result));
      }
    }));
    return answer.future();
  }

  private Future<RetentionReport> runHere(Caller caller, boolean dryRun) {
    Instant started = context.clock().instant();
    return repository.periods(context.pool()).compose(stored -> {
      Future<List<RetentionReport.Item>> chain = Future.succeededFuture(new ArrayList<>());
      for (RetentionKind kind : RetentionKind.values()) {
        int days = days(stored, kind);
        Instant cutoff = RetentionPeriods.cutoff(days, started);
        chain = chain.compose(items -> repository.count(context.pool(), kind, cutoff)
            .compose(found -> {
              RetentionReport.Item item = new RetentionReport.Item(kind, days, cutoff, found.count(), found.oldest(),
                  0, 0, 0, false);
              return dryRun || found.count() == 0 ? Future.succeededFuture(item) : purge(caller, item, started);
            })
            .map(item -> {
              items.add(item);
              return items;
            }));
      }
      return chain.map(items -> new RetentionReport(dryRun, started, items));
    });
  }

  /** Batches until one comes back short; a failing batch ends the kind (its transaction undone). */
  private Future<RetentionReport.Item> purge(Caller caller, RetentionReport.Item item, Instant started) {
    return context.pool().withTransaction(tx -> batches.next(tx, item.kind(), item.cutoff(), started, batchSize)
            .compose(b -> b.count() == 0 ? Future.succeededFuture(b)
                : context.audit().append(tx, tombstone(caller, item, b)).map(b)))
        .compose(b -> {
          RetentionReport.Item next = b.touched() == 0 ? item : item.ran(b.count(), b.held());
          return b.touched() < batchSize && !(item.kind() == RetentionKind.SESSIONS && b.touched() > 0)
              ? Future.succeededFuture(next) : purge(caller, next, started);
        }, e -> {
          LOG.warn("Retention of {} stopped by a failed batch (undone): {}", item.kind().key(), e.toString());
          return Future.succeededFuture(item.failing());
        });
  }

  /** The batch's audit entry: what kind, how many, which ids (range and digest) — never the data. */
  private static AuditEvent tombstone(Caller caller, RetentionReport.Item item, PurgedBatch b) {
    JsonObject after = new JsonObject().put("kind", item.kind().key()).put("action", item.kind().action().name())
        .put("periodDays", item.days()).put("cutoff", item.cutoff().toString()).put("count", b.count())
        .put("rows", b.rows());
    if (b.part() != null) {
      after.put("table", b.part());
    }
    if (b.firstId() != null) {
      after.put("firstId", b.firstId()).put("lastId", b.lastId()).put("idsSha256", b.digest());
    }
    if (b.held() > 0) {
      after.put("held", b.held());
    }
    return new AuditEvent(caller == null ? null : caller.userId(), caller == null ? null : caller.role().name(),
        item.kind().action() == id.ngopeni.domain.privacy.RetentionAction.DELETE ? "retention.deleted" : "retention.anonymised",
        "retention", item.kind().key(), null, after);
  }

  private static int days(Map<String, Integer> stored, RetentionKind kind) {
    Integer d = stored.get(kind.key());
    return d == null ? kind.defaultDays() : d;
  }

  private static String summary(RetentionReport r) {
    StringBuilder s = new StringBuilder();
    for (RetentionReport.Item i : r.items()) {
      s.append(i.kind().key()).append(' ').append(i.done()).append('/').append(i.count())
          .append(i.failed() ? " (failed)" : "").append(i.held() > 0 ? " held " + i.held() : "").append("; ");
    }
    return s.toString();
  }
}
