package id.ngopeni.api.bpjs;

import static id.ngopeni.api.bpjs.BpjsWalk.bill;
import static id.ngopeni.api.bpjs.BpjsWalk.created;
import static id.ngopeni.api.bpjs.BpjsWalk.invoiceAndPay;
import static id.ngopeni.api.testing.AccessLogReads.fields;
import static id.ngopeni.api.testing.AccessLogReads.people;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.bpjs.BpjsWalk.Person;
import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.testing.AccessLogReads;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, item 3, on the BPJS side: the registrations list, a reconciliation's differences and
 * the refunds due after a death name workers, so each page is on record in the access log as one
 * search (names in full); a reconciliation's summary and the overpayments are sums and add none.
 */
class BpjsReadsOnRecordTest {
  private static final String HEADER = "kpj,nik,nama,iuran,status,tgl_meninggal,kepesertaan_lain";
  private static final String PASSWORD = "Tahu-Campur-Lamongan-17";
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("bpjs-reads");

  @Test
  void everyBpjsPageNamingWorkersIsOnRecord() {
    f.server.createUser(f.admin, "auditor", PASSWORD, "AUDITOR", List.of());
    String auditor = f.server.login("auditor", PASSWORD).getString("accessToken");
    AccessLogReads log = new AccessLogReads(f.server, auditor);
    YearMonth m1 = YearMonth.from(MoneyFixture.today()).minusMonths(2);
    List<Person> p = BpjsWalk.enrol(f, 2, m1);
    String first = p.get(0).workerId();
    String second = p.get(1).workerId();

    // Registrations waiting for BPJS's answer: one search of the page.
    var registrations = f.server.get("/api/v1/bpjs/registrations?state=PENDING", auditor);
    assertThat(registrations.statusCode()).as(registrations.bodyAsString()).isEqualTo(200);
    assertThat(registrations.bodyAsString()).doesNotContain(p.get(0).nik());
    assertThat(log.of(first, "SEARCH")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("auditor");
      assertThat(people(r)).contains(first, second);
      assertThat(fields(r)).containsExactlyInAnyOrder("name", "membership");
    });

    // The month's bill: the first billed at another amount, the second not billed; both differ.
    invoiceAndPay(f, m1);
    String row = String.join(",", "", p.get(0).nik(), "Peserta", "20000", "AKTIF", "", "");
    String reconciliation = created(bill(f, m1, HEADER, List.of(row))).getString("id");
    var summary = f.server.get(BpjsWalk.RECONCILIATIONS + "/" + reconciliation, auditor);
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(f.server.get("/api/v1/bpjs/overpayments", auditor).statusCode()).isEqualTo(200);
    assertThat(log.of(first, "SEARCH")).hasSize(1);
    var differences = f.server.get("/api/v1/bpjs/differences?reconciliationId=" + reconciliation, auditor);
    assertThat(differences.statusCode()).as(differences.bodyAsString()).isEqualTo(200);
    assertThat(differences.bodyAsJsonObject().getJsonArray("items")).hasSize(2);
    assertThat(log.of(first, "SEARCH")).hasSize(2);
    assertThat(people(log.newest(first, "SEARCH"))).containsExactlyInAnyOrder(first, second);
    assertThat(fields(log.newest(first, "SEARCH"))).containsExactly("name");

    // A death in the first month after the second was paid: a refund due, its page recorded.
    invoiceAndPay(f, m1.plusMonths(1));
    var died = f.server.post("/api/v1/workers/" + second + "/death", f.admin,
        new JsonObject().put("deathDate", m1.atDay(10).toString()));
    assertThat(died.statusCode()).as(died.bodyAsString()).isEqualTo(200);
    var refunds = f.server.get("/api/v1/bpjs/refunds?status=DUE", auditor);
    assertThat(refunds.bodyAsJsonObject().getJsonArray("items")).isNotEmpty();
    assertThat(log.of(second, "SEARCH")).hasSize(3);
    JsonObject refund = log.newest(second, "SEARCH");
    assertThat(people(refund)).containsExactly(second);
    assertThat(refund.getString("username")).isEqualTo("auditor");
    assertThat(fields(refund)).containsExactly("name");
  }
}
