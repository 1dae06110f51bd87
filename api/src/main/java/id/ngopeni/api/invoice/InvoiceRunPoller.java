package id.ngopeni.api.invoice;

import id.ngopeni.persistence.db.PgErrors;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each instance's invoice generation worker: every few seconds, and at once after a request on
 * this instance, it runs the oldest queued run nobody is generating ({@link InvoiceRunner}). One
 * run at a time per instance. The generation waits on the database only (Futures), so it runs on
 * this verticle's event loop without blocking it.
 */
public final class InvoiceRunPoller extends VerticleBase {
  public static final long POLL_MILLIS = 2000;
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceRunPoller.class);

  private final InvoiceRunner runner;
  private final long intervalMillis;
  private final AtomicBoolean busy = new AtomicBoolean();
  /** Asked while busy: look once more when done (the request may have come after the look began). */
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile boolean stopping;
  private long timer;

  public InvoiceRunPoller(InvoiceRunner runner, long intervalMillis) {
    this.runner = runner;
    this.intervalMillis = intervalMillis;
  }

  @Override
  public Future<?> start() {
    timer = vertx.setPeriodic(intervalMillis, id -> poll());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    stopping = true;
    vertx.cancelTimer(timer); // a run in flight commits, or rolls back with the pool and is queued again
    return Future.succeededFuture();
  }

  /** Look for work now (after a request on this instance), from any thread. */
  void kick() {
    if (context != null) {
      context.runOnContext(v -> poll());
    }
  }

  private void poll() {
    if (stopping) {
      return;
    }
    if (!busy.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    again.set(false);
    runner.runNext().onComplete(ran -> {
      busy.set(false);
      if (ran.failed()) {
        LOG.debug("Invoice run poll failed: {}", PgErrors.describe(ran.cause()));
      } else if (ran.result() || again.get()) {
        poll(); // there may be more queued
      }
    });
  }
}
