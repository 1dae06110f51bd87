package id.ngopeni.api.invoice;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.invoice.InvoiceRunRepository;
import id.ngopeni.persistence.invoice.StoredInvoiceRun;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs queued invoice generations ({@code invoice_run}) without leases. The generation's
 * transaction first locks its run ({@code FOR UPDATE SKIP LOCKED}: taken by another instance →
 * nothing to do), holds it to the end and marks it DONE before committing, so DONE ⇔ the invoices
 * are committed. An instance that dies mid-way rolls back and unlocks: the run is QUEUED again and
 * the next poll of any instance starts it over (generation is idempotent). A generation that fails
 * rolls back, then the run is marked FAILED with {@link #GENERATION_FAILED}; the user may ask again.
 *
 * <p>The actor of the generation's audit events is the requester, with the role stored when they
 * asked (checked then by the route): the month's invoices follow from the registry and the tariffs
 * alone, so who set them off changes nothing in them.
 */
public final class InvoiceRunner {
  /** The run's error code when its generation failed (details in the log, without personal data). */
  public static final String GENERATION_FAILED = "generation_failed";
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceRunner.class);

  private final Pool pool;
  private final InvoiceRunRepository runs;
  private final InvoiceGeneration generation;

  public InvoiceRunner(Pool pool, InvoiceRunRepository runs, InvoiceGeneration generation) {
    this.pool = pool;
    this.runs = runs;
    this.generation = generation;
  }

  /** Starts the oldest queued run nobody is generating and runs it; false when there was none. */
  public Future<Boolean> runNext() {
    return runs.startNext(pool).compose(next -> next.isEmpty()
        ? Future.succeededFuture(false)
        : run(next.get()).map(true));
  }

  private Future<Void> run(StoredInvoiceRun run) {
    Caller requester = new Caller(run.requestedBy(), null, Role.valueOf(run.requestedByRole()), List.of());
    return pool.withTransaction(tx -> runs.claim(tx, run.id()).compose(claimed -> claimed.isEmpty()
            ? Future.<Void>succeededFuture() // another instance holds it
            : generation.generate(tx, requester, run.period()).compose(g -> runs.markDone(tx, run.id(), g.created()))))
        .recover(e -> {
          if (PgErrors.isUnavailable(e)) {
            // The database went away: the run is still QUEUED and is started again once it is back.
            LOG.warn("Invoice run {} for {} interrupted: {}", run.id(), run.period(), PgErrors.describe(e));
            return Future.succeededFuture();
          }
          LOG.error("Invoice run {} for {} failed: {}", run.id(), run.period(), PgErrors.describe(e));
          return runs.markFailed(pool, run.id(), GENERATION_FAILED).mapEmpty();
        });
  }
}
