package id.ngopeni.api.invoice;

import static id.ngopeni.api.membership.MoneyFixture.currentMonth;
import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.invoiceOf;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Generation holds the membership table in SHARE mode: a membership change in flight when it
 * starts is waited for and then billed as committed, so the lines, the counts per group and the
 * total all describe one state.
 */
class InvoiceGenerationConcurrencyTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("invoice-lock");

  @Test
  void aMembershipChangeInFlightIsWaitedForAndBilledAsCommitted() throws Exception {
    YearMonth month = currentMonth();
    var workers = f.workers(2);
    JsonObject changed = f.enrolled(workers.get(0).id(), enrolment("MANDIRI", 1_000_000, month.atDay(1), "JKK", "JKM"));
    f.enrolled(workers.get(1).id(), enrolment("MANDIRI", 1_000_000, month.atDay(1), "JKK", "JKM"));
    UUID changedId = UUID.fromString(changed.getString("id"));

    var conn = f.db.getConnection().await();
    try {
      var tx = conn.begin().await();
      conn.preparedQuery("UPDATE membership SET declared_income = 7500000 WHERE id = $1")
          .execute(Tuple.of(changedId)).await();

      CompletableFuture<JsonObject> run = CompletableFuture.supplyAsync(() -> f.generate(month));
      awaitGenerationWaitingForTheLock();
      assertThat(run).as("generation cannot finish while a membership write is in flight").isNotDone();

      tx.commit().await();
      JsonObject invoice = invoiceOf(run.get(), "MANDIRI");
      assertThat(invoice.getInteger("lineCount")).isEqualTo(2);

      Row line = f.db.preparedQuery("""
          SELECT declared_income, (SELECT sum(amount) FROM premium_invoice_line WHERE invoice_id = $1) AS total
          FROM premium_invoice_line WHERE invoice_id = $1 AND membership_id = $2""")
          .execute(Tuple.of(UUID.fromString(invoice.getString("id")), changedId)).await().iterator().next();
      assertThat(line.getLong("declared_income")).isEqualTo(7_500_000L);
      assertThat(invoice.getLong("total")).isEqualTo(line.getLong("total"));
    } finally {
      conn.close().await();
    }
  }

  /** Polls the server's sessions until the generation's LOCK TABLE is waiting (bounded, not timed). */
  private static void awaitGenerationWaitingForTheLock() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      long waiting = f.db.query("""
          SELECT count(*) FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query LIKE 'LOCK TABLE membership%'""")
          .execute().await().iterator().next().getLong(0);
      if (waiting > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the generation never waited for the membership lock");
  }
}
