package id.ngopeni.api.invoice;

import static id.ngopeni.api.membership.MoneyFixture.currentMonth;
import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.failingFields;
import static id.ngopeni.api.membership.MoneyFixture.invoiceOf;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.privacy.Masks;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the console's invoice screen needs beyond generating and paying: the amounts to confirm
 * before generating (the preview, equal to what generation then bills, lapses included), the
 * months with their totals, and the lines file put on record in the access log. The tests share
 * one database: the lines file's members start next month, after every month the first test counts.
 */
class InvoiceMonthsAndPreviewTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("invoice-months");
  private static final String PASSWORD = "Rawon-Setan-Malang-77";
  private static String auditor;
  private static String officer;

  @BeforeAll
  static void users() {
    f.server.createUser(f.admin, "auditor.invoices", PASSWORD, "AUDITOR", List.of());
    auditor = f.server.login("auditor.invoices", PASSWORD).getString("accessToken");
    f.server.createUser(f.admin, "officer.invoices", PASSWORD, "FIELD_OFFICER", List.of("35.73.02.1001"));
    officer = f.server.login("officer.invoices", PASSWORD).getString("accessToken");
  }

  private static JsonObject preview(YearMonth period) {
    var r = f.server.get("/api/v1/premium-invoices/preview?period=" + period, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  private static JsonObject itemOf(JsonObject preview, String source) {
    return preview.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("fundingSource").equals(source)).findFirst().orElse(null);
  }

  private static void pay(JsonObject invoice) {
    var r = f.server.post("/api/v1/premium-invoices/" + invoice.getString("id") + "/mark-paid", f.admin,
        new JsonObject().put("paidAt", today().toString()).put("reference", "SP2D-" + invoice.getString("period")));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
  }

  @Test
  void thePreviewShowsWhatGenerationThenBillsAndTheMonthsSumTheInvoices() {
    YearMonth now = currentMonth();
    YearMonth first = now.minusMonths(3);
    List<DemoWorkers.Written> ws = f.workers(3);
    f.enrolled(ws.get(0).id(), enrolment("MANDIRI", 1_000_000, first.atDay(1), "JKK", "JKM"));
    f.enrolled(ws.get(1).id(), enrolment("MANDIRI", 2_000_000, first.atDay(1), "JKK", "JKM", "JHT"));
    f.enrolled(ws.get(2).id(), enrolment("PERUSAHAAN", 1_000_000, first.atDay(1), "JKK", "JKM"));

    // Each past month: the preview's amounts are exactly what generation bills.
    for (YearMonth m = first; m.isBefore(now); m = m.plusMonths(1)) {
      JsonObject before = preview(m);
      assertThat(before.getInteger("lapsing")).isZero();
      assertThat(before.getInteger("newInvoices")).isEqualTo(2);
      JsonObject run = f.generate(m);
      JsonObject mandiri = invoiceOf(run, "MANDIRI");
      JsonObject perusahaan = invoiceOf(run, "PERUSAHAAN");
      assertThat(itemOf(before, "MANDIRI").getLong("members")).isEqualTo(2L);
      assertThat(itemOf(before, "MANDIRI").getLong("total")).isEqualTo(mandiri.getLong("total"));
      assertThat(itemOf(before, "PERUSAHAAN").getLong("total")).isEqualTo(perusahaan.getLong("total"));
      assertThat(before.getLong("newTotal")).isEqualTo(mandiri.getLong("total") + perusahaan.getLong("total"));
      assertThat(itemOf(before, "MANDIRI").getValue("invoice")).isNull();
      pay(mandiri);
    }

    // Three unpaid PERUSAHAAN invoices: the preview already leaves the debtor out and says one lapses.
    JsonObject current = preview(now);
    assertThat(current.getInteger("lapsing")).isEqualTo(1);
    assertThat(itemOf(current, "PERUSAHAAN")).isNull();
    assertThat(current.getInteger("newInvoices")).isEqualTo(1);
    JsonObject run = f.generate(now);
    assertThat(run.getInteger("created")).isEqualTo(1);
    assertThat(current.getLong("newTotal")).isEqualTo(invoiceOf(run, "MANDIRI").getLong("total"));

    // Generated: the preview shows the invoice as it stands and nothing new to bill.
    JsonObject after = preview(now);
    assertThat(after.getInteger("newInvoices")).isZero();
    assertThat(after.getLong("newTotal")).isZero();
    assertThat(itemOf(after, "MANDIRI").getJsonObject("invoice").getString("id"))
        .isEqualTo(invoiceOf(run, "MANDIRI").getString("id"));

    var months = f.server.get("/api/v1/premium-invoices/months", auditor);
    assertThat(months.statusCode()).as(months.bodyAsString()).isEqualTo(200);
    assertThat(months.bodyAsJsonObject().getValue("nextCursor")).isNull();
    List<JsonObject> items = months.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> !YearMonth.parse(o.getString("period")).isAfter(now)).toList();
    assertThat(items.stream().map(o -> o.getString("period")))
        .containsExactly(now.toString(), now.minusMonths(1).toString(), now.minusMonths(2).toString(), first.toString());
    JsonObject newest = items.get(0);
    assertThat(newest.getInteger("invoices")).isEqualTo(1);
    assertThat(newest.getInteger("unpaid")).isEqualTo(1);
    assertThat(newest.getLong("unpaidTotal")).isEqualTo(newest.getLong("total"));
    JsonObject oldest = items.get(3);
    JsonObject oldRun = f.generate(first);
    assertThat(oldest.getInteger("invoices")).isEqualTo(2);
    assertThat(oldest.getLong("lineCount")).isEqualTo(3L);
    assertThat(oldest.getInteger("unpaid")).isEqualTo(1);
    assertThat(oldest.getLong("unpaidTotal")).isEqualTo(invoiceOf(oldRun, "PERUSAHAAN").getLong("total"));
    assertThat(oldest.getLong("total"))
        .isEqualTo(invoiceOf(oldRun, "PERUSAHAAN").getLong("total") + invoiceOf(oldRun, "MANDIRI").getLong("total"));
  }

  @Test
  void aPreviewNeedsAMonthNotTooFarAheadAndOnlyTheWritersAskForIt() {
    var none = f.server.get("/api/v1/premium-invoices/preview", f.admin);
    assertThat(failingFields(none)).containsExactly("period:required");
    assertThat(failingFields(f.server.get("/api/v1/premium-invoices/preview?period=2026-13", f.admin)))
        .containsExactly("period:period_invalid");
    assertThat(failingFields(f.server.get("/api/v1/premium-invoices/preview?period=" + currentMonth().plusMonths(2),
        f.admin))).containsExactly("period:period_too_far_ahead");
    assertThat(f.server.get("/api/v1/premium-invoices/preview?period=" + currentMonth(), auditor).statusCode())
        .isEqualTo(403);
    assertThat(f.server.get("/api/v1/premium-invoices/months", officer).statusCode()).isEqualTo(403);
  }

  @Test
  void theLinesFileIsRecordedInTheAccessLogWithThePeopleInIt() {
    YearMonth next = currentMonth().plusMonths(1);
    List<DemoWorkers.Written> ws = f.workers(2);
    f.enrolled(ws.get(0).id(), enrolment("BUMN", 1_000_000, next.atDay(1), "JKK", "JKM"));
    f.enrolled(ws.get(1).id(), enrolment("BUMN", 1_000_000, next.atDay(1), "JKK", "JKM"));
    JsonObject invoice = invoiceOf(f.generate(next), "BUMN");

    var csv = f.server.get("/api/v1/premium-invoices/" + invoice.getString("id") + "/lines.csv", auditor);
    assertThat(csv.statusCode()).isEqualTo(200);
    String[] lines = csv.bodyAsString().split("\n");
    assertThat(lines).hasSize(3);
    // An auditor's copy: every NIK masked, none in full.
    String nik = nikOf(ws.get(0).id());
    assertThat(csv.bodyAsString()).doesNotContain(nik).contains(Masks.nik(nik));
    assertThat(f.server.get("/api/v1/premium-invoices/" + invoice.getString("id") + "/lines.csv?purpose=BPJS_REGISTRATION",
        auditor).bodyAsJsonObject().getString("code")).isEqualTo("full_export_not_allowed");

    var log = f.server.get("/api/v1/access-log?personId=" + ws.get(0).id(), auditor);
    assertThat(log.statusCode()).as(log.bodyAsString()).isEqualTo(200);
    List<JsonObject> exports = log.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("kind").equals("EXPORT")).toList();
    assertThat(exports).singleElement().satisfies(row -> {
      assertThat(row.getString("username")).isEqualTo("auditor.invoices");
      assertThat(row.getJsonArray("personIds").getList())
          .containsExactlyInAnyOrder(ws.get(0).id().toString(), ws.get(1).id().toString());
      assertThat(row.getJsonArray("fields").getList()).containsExactly("name");
      assertThat(row.getString("purpose")).isNull();
      JsonObject detail = row.getJsonObject("detail");
      assertThat(detail.getString("export")).isEqualTo("premium-" + next + "-BUMN.csv");
      assertThat(detail.getString("invoiceId")).isEqualTo(invoice.getString("id"));
      assertThat(detail.getBoolean("full")).isFalse();
      assertThat(detail.getBoolean("complete")).isTrue();
    });

    // The file for the BPJS branch: NIKs in full only with a purpose the role may export for.
    String file = "/api/v1/premium-invoices/" + invoice.getString("id") + "/lines.csv";
    assertThat(f.server.get(file, f.admin).bodyAsString()).doesNotContain(nik).contains(Masks.nik(nik));
    assertThat(f.server.get(file + "?purpose=PAYOUT", f.admin).bodyAsJsonObject().getString("code"))
        .isEqualTo("full_export_not_allowed"); // a purpose the admin may not reveal for
    assertThat(f.server.get(file + "?purpose=SUBJECT_REQUEST", f.admin).statusCode()).isEqualTo(403);
    assertThat(failingFields(f.server.get(file + "?purpose=GOSSIP", f.admin))).containsExactly("purpose:purpose_invalid");
    var full = f.server.get(file + "?purpose=BPJS_REGISTRATION", f.admin);
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(java.util.Arrays.stream(full.bodyAsString().split("\n")).skip(1).map(l -> l.split(",")[2]))
        .containsExactlyInAnyOrder(nik, nikOf(ws.get(1).id()));
    List<JsonObject> after = f.server.get("/api/v1/access-log?personId=" + ws.get(0).id(), auditor).bodyAsJsonObject()
        .getJsonArray("items").stream().map(JsonObject.class::cast).filter(o -> o.getString("kind").equals("EXPORT")).toList();
    assertThat(after).hasSize(3); // the auditor's, the admin's masked and full copies; the refused ones read nothing
    JsonObject newest = after.get(0);
    assertThat(newest.getString("purpose")).isEqualTo("BPJS_REGISTRATION");
    assertThat(newest.getJsonArray("fields").getList()).containsExactlyInAnyOrder("nik", "name");
    assertThat(newest.getJsonObject("detail").getBoolean("full")).isTrue();
    assertThat(after.get(1).getString("purpose")).isNull();
    assertThat(after.get(1).getJsonObject("detail").getBoolean("full")).isFalse();
  }

  /** The worker's NIK in full, as an admin reveals it for verification. */
  private static String nikOf(java.util.UUID worker) {
    var r = f.server.post("/api/v1/workers/" + worker + "/reveal", f.admin, new JsonObject().put("purpose", "VERIFICATION"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getString("nik");
  }
}
