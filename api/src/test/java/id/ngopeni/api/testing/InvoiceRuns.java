package id.ngopeni.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

/**
 * A month's premium invoices the way a client gets them: {@code POST /premium-invoices} (202), then
 * {@code GET} the run it names until it is finished. Bounded waits, no timing asserted.
 */
public final class InvoiceRuns {
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private InvoiceRuns() {}

  /** Generates the period and waits for it: the DONE run, with {@code created} and the invoices ({@code items}). */
  public static JsonObject generated(TestServer server, String token, YearMonth period) {
    JsonObject done = finished(server, token, requested(server, token, period).getString("id"));
    assertThat(done.getString("status")).as(done.encode()).isEqualTo("DONE");
    return done;
  }

  /** The run a POST answered (202 with its Location). */
  public static JsonObject requested(TestServer server, String token, YearMonth period) {
    var r = server.post("/api/v1/premium-invoices", token, new JsonObject().put("period", period.toString()));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(202);
    JsonObject run = r.bodyAsJsonObject();
    assertThat(r.getHeader("Location")).isEqualTo("/api/v1/premium-invoice-runs/" + run.getString("id"));
    return run;
  }

  /** Polls the run until it is DONE or FAILED. */
  public static JsonObject finished(TestServer server, String token, String runId) {
    return until(server, token, runId, Set.of("DONE", "FAILED"));
  }

  /** Polls the run until its status is one of {@code statuses}. */
  public static JsonObject until(TestServer server, String token, String runId, Set<String> statuses) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      var r = server.get("/api/v1/premium-invoice-runs/" + runId, token);
      assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
      JsonObject run = r.bodyAsJsonObject();
      if (statuses.contains(run.getString("status"))) {
        return run;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the invoice run never became " + statuses + ": " + run.encode());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
