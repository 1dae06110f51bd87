package id.ngopeni.api.invoice;

import static id.ngopeni.api.membership.MoneyFixture.currentMonth;
import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.failingFields;
import static id.ngopeni.api.membership.MoneyFixture.invoiceOf;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.tariff.ContributionRelief;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A quarter of history and the month after: tariff change, lapse after three unpaid invoices,
 * idempotent generation, the snapshot, paying, the CSV.
 */
class PremiumInvoiceTest {
  private static MoneyFixture f;

  @BeforeAll
  static void start() {
    f = new MoneyFixture("invoices");
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private JsonObject pay(String invoiceId, String reference) {
    var r = f.server.post("/api/v1/premium-invoices/" + invoiceId + "/mark-paid", f.admin,
        new JsonObject().put("paidAt", today().toString()).put("reference", reference));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  /**
   * The minimum package of a self- or employer-paid member in the OTHER sector: PP 50/2025's
   * seeded tariffs (source and sector, the most specific) relieve it April – December 2026.
   */
  private static boolean relieved(YearMonth m) {
    return ContributionRelief.relieves(Program.JKK, FundingSource.MANDIRI, Sector.OTHER, m);
  }

  private static long minimum(YearMonth m) {
    return relieved(m) ? 8_400L : 16_800L;
  }

  @Test
  void aQuarterOfInvoicesWithATariffChangeALapseAndASnapshot() {
    YearMonth now = currentMonth();
    YearMonth next = now.plusMonths(1);
    // PP 50/2025-style discount for self-paid members from next month: JKK at 0,5 %.
    JsonObject discount = new JsonObject().put("program", "JKK").put("fundingSource", "MANDIRI")
        .put("validFrom", next.atDay(1).toString()).put("rateBasisPoints", 50).put("minimum", 5_000).put("maximum", 103_500);
    var created = f.server.post("/api/v1/tariffs", f.admin, discount);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    var overlap = f.server.post("/api/v1/tariffs", f.admin, discount.copy().put("validFrom", next.plusMonths(2).atDay(1).toString()));
    assertThat(overlap.statusCode()).isEqualTo(422);
    assertThat(overlap.bodyAsJsonObject().getString("code")).isEqualTo("tariff_overlap");
    var bad = f.server.post("/api/v1/tariffs", f.admin, new JsonObject().put("program", "JKM")
        .put("validFrom", next.atDay(15).toString()).put("flatAmount", -1).put("maximum", 3));
    assertThat(failingFields(bad)).containsExactlyInAnyOrder("validFrom:not_month_start", "flatAmount:negative",
        "minimum:not_for_flat");

    var ws = f.workers(2);
    YearMonth first = now.minusMonths(3);
    JsonObject payer = f.enrolled(ws.get(0).id(), enrolment("MANDIRI", 1_000_000, first.atDay(1), "JKK", "JKM"));
    JsonObject debtor = f.enrolled(ws.get(1).id(), enrolment("PERUSAHAAN", 1_000_000, first.atDay(1), "JKK", "JKM"));

    for (YearMonth m = first; m.isBefore(now); m = m.plusMonths(1)) {
      JsonObject run = f.generate(m);
      assertThat(run.getInteger("created")).isEqualTo(2);
      assertThat(invoiceOf(run, "MANDIRI").getLong("total")).isEqualTo(minimum(m));
      assertThat(invoiceOf(run, "PERUSAHAAN").getLong("total")).isEqualTo(minimum(m));
      pay(invoiceOf(run, "MANDIRI").getString("id"), "SP2D-" + m);
    }

    // Three unpaid PERUSAHAAN invoices: generating this month lapses the debtor first.
    JsonObject current = f.generate(now);
    assertThat(current.getInteger("created")).isEqualTo(1);
    assertThat(invoiceOf(current, "PERUSAHAAN")).isNull();
    JsonObject mandiri = invoiceOf(current, "MANDIRI");
    assertThat(mandiri.getLong("total")).isEqualTo(minimum(now));
    assertThat(mandiri.getInteger("lineCount")).isEqualTo(1);
    JsonObject lapsed = f.server.get("/api/v1/workers/" + ws.get(1).id() + "/memberships", f.admin).bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0);
    assertThat(lapsed.getString("status")).isEqualTo("LAPSED");
    assertThat(lapsed.getString("endDate")).isEqualTo(first.atDay(1).toString());
    assertThat(f.server.get("/api/v1/audit?entityType=membership&entityId=" + debtor.getString("id"), f.admin)
        .bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("action")).isEqualTo("membership.lapsed");

    // Idempotent: the same month again creates nothing and answers the same invoice.
    JsonObject again = f.generate(now);
    assertThat(again.getInteger("created")).isZero();
    assertThat(invoiceOf(again, "MANDIRI").getString("id")).isEqualTo(mandiri.getString("id"));
    long invoices = f.db.query("SELECT count(*) FROM premium_invoice").execute().await().iterator().next().getLong(0);
    assertThat(invoices).isEqualTo(7);

    // Next month the discount applies: JKK 0,5 % of Rp1.000.000 = Rp5.000, held at the minimum Rp5.000
    // (unless PP 50/2025's tariff for the source and sector, more specific, is in force then).
    JsonObject later = f.generate(next);
    assertThat(invoiceOf(later, "MANDIRI").getLong("total")).isEqualTo(relieved(next) ? 8_400L : 5_000L + 6_800L);

    // The snapshot keeps the name billed, whatever the registry says later.
    String billedName = f.db.preparedQuery("SELECT full_name FROM worker WHERE id = $1").execute(Tuple.of(ws.get(0).id()))
        .await().iterator().next().getString(0);
    f.db.preparedQuery("UPDATE worker SET full_name = 'Nama Baru Sekali', version = version + 1 WHERE id = $1")
        .execute(Tuple.of(ws.get(0).id())).await();
    var csv = f.server.get("/api/v1/premium-invoices/" + mandiri.getString("id") + "/lines.csv", f.admin);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.getHeader("Content-Type")).startsWith("text/csv");
    String[] lines = csv.bodyAsString().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).isEqualTo("membership_id,worker_id,nik,full_name,kelurahan_code,category,programs,declared_income,jkk,jkm,jht,amount");
    assertThat(lines[1]).startsWith(payer.getString("id") + "," + ws.get(0).id() + ",")
        .contains(billedName).doesNotContain("Nama Baru").endsWith(relieved(now) ? ",JKK JKM,1000000,5000,3400,0,8400" : ",JKK JKM,1000000,10000,6800,0,16800");

    // Issue 13.2: a line break written straight into the snapshot never becomes a second record;
    // the header is out already, so the download is cut (connection reset), never completed.
    f.db.preparedQuery("UPDATE premium_invoice_line SET full_name = $1 WHERE invoice_id = $2")
        .execute(Tuple.of(billedName + "\r\nEve,1", java.util.UUID.fromString(mandiri.getString("id")))).await();
    Throwable cut = org.assertj.core.api.Assertions.catchThrowable(() -> f.server.get(
        "/api/v1/premium-invoices/" + mandiri.getString("id") + "/lines.csv", f.admin));
    assertThat(cut).as("the refused download must not complete").isNotNull();
    f.db.preparedQuery("UPDATE premium_invoice_line SET full_name = $1 WHERE invoice_id = $2")
        .execute(Tuple.of(billedName, java.util.UUID.fromString(mandiri.getString("id")))).await();

    JsonObject paid = pay(mandiri.getString("id"), "SP2D-0042");
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getString("reference")).isEqualTo("SP2D-0042");
    var twice = f.server.post("/api/v1/premium-invoices/" + mandiri.getString("id") + "/mark-paid", f.admin,
        new JsonObject().put("paidAt", today().toString()).put("reference", "again"));
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.bodyAsJsonObject().getString("code")).isEqualTo("invoice_already_paid");
    var listed = f.server.get("/api/v1/premium-invoices?period=" + now, f.admin).bodyAsJsonObject();
    assertThat(listed.getJsonArray("items")).hasSize(1);
    assertThat(listed.getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("PAID");
  }

  @Test
  void invalidRequestsAndUnknownInvoices() {
    var r = f.server.post("/api/v1/premium-invoices", f.admin, new JsonObject().put("period", "2026-13").put("x", 1));
    assertThat(failingFields(r)).containsExactlyInAnyOrder("period:period_invalid", "x:unknown_field");
    var ahead = f.server.post("/api/v1/premium-invoices", f.admin,
        new JsonObject().put("period", currentMonth().plusMonths(2).toString()));
    assertThat(failingFields(ahead)).containsExactly("period:period_too_far_ahead");
    String missing = java.util.UUID.randomUUID().toString();
    assertThat(f.server.get("/api/v1/premium-invoices/" + missing, f.admin).statusCode()).isEqualTo(404);
    assertThat(f.server.get("/api/v1/premium-invoices/" + missing + "/lines.csv", f.admin).statusCode()).isEqualTo(404);
    var pay = f.server.post("/api/v1/premium-invoices/" + missing + "/mark-paid", f.admin,
        new JsonObject().put("paidAt", today().plusDays(1).toString()));
    assertThat(failingFields(pay)).containsExactlyInAnyOrder("paidAt:in_future", "reference:required");
  }
}
