package id.ngopeni.api.bpjs;

import static id.ngopeni.api.bpjs.BpjsWalk.bill;
import static id.ngopeni.api.bpjs.BpjsWalk.created;
import static id.ngopeni.api.bpjs.BpjsWalk.differences;
import static id.ngopeni.api.bpjs.BpjsWalk.invoiceAndPay;
import static id.ngopeni.api.bpjs.BpjsWalk.of;
import static id.ngopeni.api.bpjs.BpjsWalk.reconciliation;
import static id.ngopeni.api.bpjs.BpjsWalk.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.bpjs.BpjsWalk.Person;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PP 50/2025 against BPJS's bill, and the overpayment it leaves: the city paid February 2026 in
 * full for a member BPJS counts in the transport sector (relieved from January 2026), BPJS bills
 * the discounted amount, the surplus is recorded once and deducted from March's amount to pay.
 */
class OverpaymentCarryTest {
  private static final String HEADER = "kpj,nik,nama,iuran,status";
  private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static MoneyFixture f;

  @BeforeAll
  static void start() {
    f = new MoneyFixture("bpjs-overpayment");
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static String row(Person p, long amount, YearMonth month) {
    return String.join(",", "", p.nik(), "Peserta " + month, Long.toString(amount), "AKTIF");
  }

  private static JsonObject mandiri(JsonObject reconciliation) {
    return reconciliation.getJsonArray("sources").stream().map(JsonObject.class::cast)
        .filter(s -> s.getString("fundingSource").equals("MANDIRI")).findFirst().orElseThrow();
  }

  private static JsonObject carry(String reconciliationId) {
    var r = f.server.post(BpjsWalk.RECONCILIATIONS + "/" + reconciliationId + "/carry-over", f.admin, null);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  @Test
  void pp50_2025DiscountBilledAfterPaymentIsCarriedToTheNextMonthOnce() {
    List<Person> p = BpjsWalk.enrol(f, 3, FEBRUARY, "MANDIRI");
    Person other = p.get(0);
    Person driver = p.get(1);
    Person latecomer = p.get(2);
    var toTransport = f.server.http.request(HttpMethod.PUT, "/api/v1/memberships/" + driver.membershipId() + "/sector")
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("If-Match", "*")
        .sendJsonObject(new JsonObject().put("sector", "TRANSPORT")).await();
    assertThat(toTransport.statusCode()).as(toTransport.bodyAsString()).isEqualTo(200);

    // February: the driver is invoiced at the relieved Rp8.400; the latecomer's sector is not yet known.
    JsonObject february = invoiceAndPay(f, FEBRUARY, "MANDIRI");
    assertThat(february.getLong("total")).isEqualTo(16_800 + 8_400 + 16_800);
    var toTransportLate = f.server.http.request(HttpMethod.PUT,
            "/api/v1/memberships/" + latecomer.membershipId() + "/sector")
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("If-Match", "\"0\"")
        .sendJsonObject(new JsonObject().put("sector", "TRANSPORT")).await();
    assertThat(toTransportLate.statusCode()).as(toTransportLate.bodyAsString()).isEqualTo(200);

    // BPJS bills both transport members at the discount: the driver matches (no difference merely
    // because of the discount); the latecomer, paid in full, differs.
    JsonObject r1 = created(bill(f, FEBRUARY, HEADER, List.of(row(other, 16_800, FEBRUARY),
        row(driver, 8_400, FEBRUARY), row(latecomer, 8_400, FEBRUARY))));
    assertThat(r1.getInteger("matched")).isEqualTo(2);
    assertThat(r1.getJsonObject("differences").getMap()).containsOnlyKeys("AMOUNT_DIFFERS");
    List<JsonObject> d1 = differences(f, r1.getString("id"));
    assertThat(d1).hasSize(1);
    assertThat(of(d1, latecomer).getLong("cityAmount")).isEqualTo(16_800L);
    assertThat(mandiri(carry(r1.getString("id"))).getValue("overpaid")).as("nothing while a difference is open")
        .isNull();
    resolve(f, of(d1, latecomer), "ACCEPT", "Transport sector at BPJS: PP 50/2025");

    JsonObject settled = mandiri(reconciliation(f, r1.getString("id")));
    assertThat(settled.getLong("reconciled")).isEqualTo(16_800 + 8_400 + 8_400);
    assertThat(settled.getLong("paid")).isEqualTo(42_000);
    assertThat(settled.getLong("overpaidPending")).isEqualTo(8_400);

    JsonObject carried = carry(r1.getString("id"));
    assertThat(carried.getInteger("carried")).isEqualTo(1);
    assertThat(carried.getLong("overpaid")).isEqualTo(8_400);
    assertThat(mandiri(carried).getLong("overpaidPending")).isZero();
    assertThat(carry(r1.getString("id")).getInteger("carried")).as("recorded once").isZero();
    var list = f.server.get("/api/v1/bpjs/overpayments", f.admin).bodyAsJsonObject().getJsonArray("items");
    assertThat(list).hasSize(1);
    assertThat(list.getJsonObject(0).getString("carriedTo")).isEqualTo("2026-03");
    assertThat(list.getJsonObject(0).getLong("amount")).isEqualTo(8_400);
    var audit = f.server.get("/api/v1/audit?entityType=bpjs_overpayment&entityId=" + list.getJsonObject(0)
        .getString("id"), f.admin);
    assertThat(audit.bodyAsString()).contains("bpjs.overpayment_carried");

    // March (other sectors are relieved from April only): every line matches, and February's
    // surplus is deducted from what is to pay.
    JsonObject march = invoiceAndPay(f, MARCH, "MANDIRI");
    assertThat(march.getLong("total")).isEqualTo(16_800 + 2 * 8_400);
    JsonObject r2 = created(bill(f, MARCH, HEADER, List.of(row(other, 16_800, MARCH),
        row(driver, 8_400, MARCH), row(latecomer, 8_400, MARCH))));
    assertThat(r2.getInteger("matched")).isEqualTo(3);
    assertThat(r2.getJsonObject("differences").getMap()).isEmpty();
    JsonObject m2 = mandiri(r2);
    assertThat(m2.getLong("carriedIn")).isEqualTo(8_400);
    assertThat(m2.getLong("reconciled")).isEqualTo(16_800 + 2 * 8_400);
    assertThat(m2.getLong("toPay")).isEqualTo(16_800 + 2 * 8_400 - 8_400);
    assertThat(r2.getLong("toPay")).isEqualTo(16_800 + 8_400);
    assertThat(r2.getLong("carriedIn")).isEqualTo(8_400);
  }
}
