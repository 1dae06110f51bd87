package id.ngopeni.api.invoice;

import static id.ngopeni.api.membership.MoneyFixture.currentMonth;
import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.testing.InvoiceRuns;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A month's generation is a background job: 202 and a run to poll; one unfinished run per month
 * whoever asks and however often; a run whose instance died is started again by a poller; a
 * failed one says so and may be asked for again. Each test bills its own month, every other
 * month back, so no membership lapses (that takes three unpaid months in a row).
 */
class InvoiceRunTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("invoice-runs");
  private static final String PASSWORD = "Pecel-Madiun-Pedas-2026";
  private static String operator;
  private static UUID operatorId;

  @BeforeAll
  static void start() {
    operatorId = UUID.fromString(f.server.createUser(f.admin, "runs.operator", PASSWORD, "OPERATOR", List.of()));
    operator = f.server.login("runs.operator", PASSWORD).getString("accessToken");
    var worker = f.workers(1).get(0);
    f.enrolled(worker.id(), enrolment("MANDIRI", 1_000_000, currentMonth().minusMonths(6).atDay(1), "JKK", "JKM"));
  }

  private static long invoicesOf(YearMonth period) {
    return f.db.preparedQuery("SELECT count(*) FROM premium_invoice WHERE period = $1").execute(Tuple.of(period.atDay(1)))
        .await().iterator().next().getLong(0);
  }

  @Test
  void aRequestIsAcceptedAndItsRunPolledToTheInvoicesWithTheRequesterAsActor() {
    YearMonth period = currentMonth().plusMonths(1);
    JsonObject accepted = InvoiceRuns.requested(f.server, operator, period);
    assertThat(accepted.getString("period")).isEqualTo(period.toString());
    assertThat(accepted.getString("status")).isIn("QUEUED", "RUNNING", "DONE");
    assertThat(accepted.getString("requestedAt")).isNotBlank();

    JsonObject done = InvoiceRuns.finished(f.server, f.admin, accepted.getString("id"));
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getInteger("created")).isEqualTo(1);
    assertThat(done.getString("error")).isNull();
    JsonObject invoice = MoneyFixture.invoiceOf(done, "MANDIRI");
    assertThat(invoice.getInteger("lineCount")).isEqualTo(1);
    JsonObject event = f.server.get("/api/v1/audit?entityType=premium_invoice&entityId=" + invoice.getString("id"), f.admin)
        .bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(event.getString("action")).isEqualTo("invoice.generated");
    assertThat(event.getString("actorId")).isEqualTo(operatorId.toString());
    assertThat(event.getString("actorRole")).isEqualTo("OPERATOR");

    // Asked again later: a new run that creates nothing and answers the same invoice.
    JsonObject again = InvoiceRuns.generated(f.server, f.admin, period);
    assertThat(again.getString("id")).isNotEqualTo(done.getString("id"));
    assertThat(again.getInteger("created")).isZero();
    assertThat(MoneyFixture.invoiceOf(again, "MANDIRI").getString("id")).isEqualTo(invoice.getString("id"));
  }

  @Test
  void requestsWhileARunIsUnfinishedGetThatRunAndOneSetOfInvoices() throws Exception {
    YearMonth period = currentMonth().minusMonths(1);
    var conn = f.db.getConnection().await();
    try {
      // A membership write in flight: the generation waits for it (LOCK TABLE membership IN SHARE MODE).
      var tx = conn.begin().await();
      conn.query("UPDATE membership SET version = version").execute().await();
      CompletableFuture<JsonObject> first = CompletableFuture.supplyAsync(() -> InvoiceRuns.requested(f.server, f.admin, period));
      CompletableFuture<JsonObject> second = CompletableFuture.supplyAsync(() -> InvoiceRuns.requested(f.server, operator, period));
      String id = first.get().getString("id");
      assertThat(second.get().getString("id")).isEqualTo(id);
      JsonObject running = InvoiceRuns.until(f.server, f.admin, id, Set.of("RUNNING"));
      assertThat(running.getInteger("attempts")).isEqualTo(1);
      assertThat(InvoiceRuns.requested(f.server, operator, period).getString("id")).as("asked while it runs").isEqualTo(id);
      tx.commit().await();
      JsonObject done = InvoiceRuns.finished(f.server, f.admin, id);
      assertThat(done.getString("status")).isEqualTo("DONE");
      assertThat(done.getInteger("created")).isEqualTo(1);
    } finally {
      conn.close().await();
    }
    assertThat(invoicesOf(period)).isEqualTo(1);
    long runs = f.db.preparedQuery("SELECT count(*) FROM invoice_run WHERE period = $1").execute(Tuple.of(period.atDay(1)))
        .await().iterator().next().getLong(0);
    assertThat(runs).isEqualTo(1);
  }

  @Test
  void aRunLeftQueuedByAnInstanceThatDiedIsStartedAgainByAPoller() {
    YearMonth period = currentMonth().minusMonths(3);
    UUID adminId = f.db.query("SELECT id FROM app_user WHERE username = 'admin'").execute().await().iterator().next().getUUID(0);
    UUID id = UUID.randomUUID();
    // What a killed instance leaves: started once, its transaction rolled back, nothing else.
    f.db.preparedQuery("""
        INSERT INTO invoice_run (id, period, requested_by, requested_by_role, attempts, requested_at, started_at)
        VALUES ($1, $2, $3, 'ADMIN', 1, now() - interval '10 minutes', now() - interval '9 minutes')""")
        .execute(Tuple.of(id, period.atDay(1), adminId)).await();

    JsonObject done = InvoiceRuns.finished(f.server, operator, id.toString());
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getInteger("created")).isEqualTo(1);
    assertThat(done.getInteger("attempts")).isGreaterThanOrEqualTo(2);
    assertThat(invoicesOf(period)).isEqualTo(1);
  }

  @Test
  void aFailedGenerationIsFailedWithItsCodeWritesNothingAndMayBeAskedForAgain() {
    YearMonth period = currentMonth().minusMonths(5);
    f.db.query("""
        CREATE FUNCTION invoice_refused() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused by the test'; END $$""").execute().await();
    f.db.query("CREATE TRIGGER invoice_refused BEFORE INSERT ON premium_invoice_line EXECUTE FUNCTION invoice_refused()")
        .execute().await();
    JsonObject failed;
    try {
      failed = InvoiceRuns.finished(f.server, f.admin, InvoiceRuns.requested(f.server, f.admin, period).getString("id"));
    } finally {
      f.db.query("DROP TRIGGER invoice_refused ON premium_invoice_line").execute().await();
      f.db.query("DROP FUNCTION invoice_refused()").execute().await();
    }
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getString("error")).isEqualTo("generation_failed");
    assertThat(failed.getValue("created")).isNull();
    assertThat(failed.getValue("items")).isNull();
    assertThat(invoicesOf(period)).as("rolled back").isZero();

    JsonObject again = InvoiceRuns.generated(f.server, f.admin, period);
    assertThat(again.getString("id")).isNotEqualTo(failed.getString("id"));
    assertThat(again.getInteger("created")).isEqualTo(1);
  }

  @Test
  void onlyTheInvoiceRolesAskAndReadAndAnUnknownRunIsNotFound() {
    String run = InvoiceRuns.requested(f.server, f.admin, currentMonth().minusMonths(7)).getString("id");
    String auditor = token("runs.auditor", "AUDITOR", List.of());
    String approver = token("runs.approver", "APPROVER", List.of());
    String officer = token("runs.officer", "FIELD_OFFICER", List.of("35.73.02.1001"));
    JsonObject body = new JsonObject().put("period", currentMonth().toString());
    for (String refused : List.of(auditor, approver, officer)) {
      assertThat(f.server.post("/api/v1/premium-invoices", refused, body).statusCode()).isEqualTo(403);
    }
    for (String refused : List.of(approver, officer)) {
      assertThat(f.server.get("/api/v1/premium-invoice-runs/" + run, refused).statusCode()).isEqualTo(403);
    }
    assertThat(f.server.get("/api/v1/premium-invoice-runs/" + run, auditor).statusCode()).isEqualTo(200);
    assertThat(f.server.get("/api/v1/premium-invoice-runs/" + run, null).statusCode()).isEqualTo(401);
    for (String unknown : List.of(UUID.randomUUID().toString(), "not-a-run")) {
      var r = f.server.get("/api/v1/premium-invoice-runs/" + unknown, f.admin);
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.getHeader("Content-Type")).startsWith("application/problem+json");
      assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("invoice_run_not_found");
    }
    InvoiceRuns.finished(f.server, f.admin, run);
  }

  private static String token(String username, String role, List<String> kelurahan) {
    f.server.createUser(f.admin, username, PASSWORD, role, kelurahan);
    return f.server.login(username, PASSWORD).getString("accessToken");
  }
}
