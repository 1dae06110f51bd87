package id.ngopeni.api.bpjs;

import static id.ngopeni.api.bpjs.BpjsFixture.csv;
import static id.ngopeni.api.bpjs.BpjsFixture.nik;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The steps the walk-through tests share: enrolled workers with their NIK, invoices, bills, decisions. */
final class BpjsWalk {
  static final String RECONCILIATIONS = "/api/v1/bpjs/reconciliations";

  record Person(String workerId, String membershipId, String nik) {}

  private BpjsWalk() {}

  /**
   * The walk's members are paid from the APBD, which PP 50/2025 never relieves: the minimum
   * package costs Rp16.800 in every month, whenever the test runs. The year's APBD budget is
   * recorded once, large enough for any walk.
   */
  static final String SOURCE = "APBD";

  static List<Person> enrol(MoneyFixture f, int n, YearMonth start) {
    return enrol(f, n, start, SOURCE);
  }

  static List<Person> enrol(MoneyFixture f, int n, YearMonth start, String source) {
    if (source.equals(SOURCE)) {
      int year = Math.max(MoneyFixture.currentMonth().getYear(), start.getYear());
      assertThat(f.putBudget(f.admin, year, SOURCE, 1_000_000_000_000L).statusCode()).isIn(201, 412);
    }
    List<Person> out = new ArrayList<>();
    for (DemoWorkers.Written w : f.workers(n)) {
      String m = f.enrolled(w.id(), MoneyFixture.enrolment(source, 1_000_000, start.atDay(1), "JKK", "JKM"))
          .getString("id");
      out.add(new Person(w.id().toString(), m, nik(f, w.id())));
    }
    return out;
  }

  static Person registered(MoneyFixture f) {
    DemoWorkers.Written w = f.workers(1).get(0);
    return new Person(w.id().toString(), null, nik(f, w.id()));
  }

  /** Generates the month's invoices and pays them (unpaid months would lapse the memberships). */
  static JsonObject invoiceAndPay(MoneyFixture f, YearMonth period) {
    return invoiceAndPay(f, period, SOURCE);
  }

  static JsonObject invoiceAndPay(MoneyFixture f, YearMonth period, String source) {
    JsonObject invoice = MoneyFixture.invoiceOf(f.generate(period), source);
    var paid = f.server.post("/api/v1/premium-invoices/" + invoice.getString("id") + "/mark-paid", f.admin,
        new JsonObject().put("paidAt", MoneyFixture.today().toString()).put("reference", "SP2D-" + period));
    assertThat(paid.statusCode()).as(paid.bodyAsString()).isEqualTo(200);
    return invoice;
  }

  static HttpResponse<Buffer> bill(MoneyFixture f, YearMonth period, String header, List<String> rows) {
    return csv(f, RECONCILIATIONS + "?period=" + period, header + "\n" + rows.stream().collect(Collectors.joining("\n"))
        + "\n");
  }

  static JsonObject created(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    return r.bodyAsJsonObject();
  }

  static List<JsonObject> differences(MoneyFixture f, String reconciliationId) {
    var r = f.server.get("/api/v1/bpjs/differences?reconciliationId=" + reconciliationId, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  static JsonObject of(List<JsonObject> differences, Person p) {
    return differences.stream().filter(d -> p.workerId().equals(d.getString("workerId"))).findFirst().orElseThrow();
  }

  static JsonObject resolve(MoneyFixture f, JsonObject difference, String action, String reason) {
    JsonObject body = new JsonObject().put("action", action);
    if (reason != null) {
      body.put("reason", reason);
    }
    var r = f.server.post("/api/v1/bpjs/differences/" + difference.getString("id") + "/resolve", f.admin, body);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  static JsonObject reconciliation(MoneyFixture f, String id) {
    var r = f.server.get(RECONCILIATIONS + "/" + id, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }
}
