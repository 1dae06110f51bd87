package id.ngopeni.api.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The realisation report over real HTTP and PostgreSQL: the current month is committed until its
 * invoice is generated, then invoiced, then paid once marked; the months add up to the budget's
 * position; the XLSX carries the same figures; a field officer may not read it.
 */
class BudgetRealisationReportTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("realisation");

  @Test
  void monthsMoveFromCommittedToInvoicedToPaid() throws IOException {
    int year = MoneyFixture.today().getYear();
    YearMonth month = MoneyFixture.currentMonth();
    f.budget(year, "APBD", 500_000_000L);
    f.workers(2).forEach(w -> f.enrolled(w.id(), MoneyFixture.enrolment("APBD", 1_000_000, MoneyFixture.today(), "JKK", "JKM")));

    JsonObject before = apbd(report(year));
    long committed = monthOf(before, month).getLong("committed");
    assertThat(committed).isPositive();
    assertThat(monthOf(before, month).getLong("invoiced")).isZero();
    assertAddsUpToThePosition(year, before);

    JsonObject invoice = MoneyFixture.invoiceOf(f.generate(month), "APBD");
    JsonObject invoiced = apbd(report(year));
    assertThat(monthOf(invoiced, month).getLong("committed")).isZero();
    assertThat(monthOf(invoiced, month).getLong("invoiced")).isEqualTo(invoice.getLong("total")).isEqualTo(committed);
    assertThat(monthOf(invoiced, month).getLong("paid")).isZero();
    assertAddsUpToThePosition(year, invoiced);

    var paid = f.server.post("/api/v1/premium-invoices/" + invoice.getString("id") + "/mark-paid", f.admin,
        new JsonObject().put("paidAt", MoneyFixture.today().toString()).put("reference", "SP2D-REAL-1"));
    assertThat(paid.statusCode()).as(paid.bodyAsString()).isEqualTo(200);
    JsonObject after = apbd(report(year));
    assertThat(monthOf(after, month).getLong("paid")).isEqualTo(committed);
    assertThat(after.getLong("paid")).isEqualTo(committed);
    assertThat(after.getJsonArray("months")).hasSize(12);

    var xlsx = f.server.get("/api/v1/budgets/" + year + "/realisation?format=XLSX&fundingSource=APBD", f.admin);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.getHeader("Content-Type")).isEqualTo(BudgetRoutes.XLSX_TYPE);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body().getBytes()))) {
      assertThat(wb.getSheets().map(s -> s.getName()).toList()).containsExactly("APBD");
      List<Row> rows = wb.getFirstSheet().read();
      Map<String, Row> byLabel = rows.stream().filter(r -> r.getCellAsString(0).isPresent())
          .collect(Collectors.toMap(r -> r.getCellAsString(0).get(), r -> r, (a, b) -> a));
      assertThat(byLabel.get(month.toString()).getCellAsNumber(3).orElseThrow().longValue()).isEqualTo(committed);
      assertThat(byLabel.get("Jumlah").getCellAsNumber(2).orElseThrow().longValue()).isEqualTo(after.getLong("invoiced"));
      assertThat(byLabel.get("Pagu anggaran").getCellAsNumber(1).orElseThrow().longValue()).isEqualTo(500_000_000L);
    }

    f.server.createUser(f.admin, "petugas", "Rawon-Setan-Malang-2026", "FIELD_OFFICER", List.of("35.73.02.1001"));
    String officer = f.server.login("petugas", "Rawon-Setan-Malang-2026").getString("accessToken");
    assertThat(f.server.get("/api/v1/budgets/" + year + "/realisation", officer).statusCode()).isEqualTo(403);
    assertThat(f.server.get("/api/v1/budgets/" + year + "/realisation?format=PDF", f.admin).statusCode()).isEqualTo(422);
  }

  private static void assertAddsUpToThePosition(int year, JsonObject realisation) {
    JsonObject position = f.server.get("/api/v1/budgets/" + year, f.admin).bodyAsJsonObject().getJsonArray("items")
        .stream().map(JsonObject.class::cast).filter(p -> p.getString("fundingSource").equals("APBD")).findFirst()
        .orElseThrow();
    assertThat(List.of(realisation.getLong("committed"), realisation.getLong("invoiced"), realisation.getLong("remaining")))
        .containsExactly(position.getLong("committed"), position.getLong("invoiced"), position.getLong("remaining"));
    // The burn-down: each month takes its committed and invoiced premiums off what is left; December leaves the remainder.
    long left = realisation.getLong("allocated");
    for (Object o : realisation.getJsonArray("months")) {
      JsonObject m = (JsonObject) o;
      left -= m.getLong("committed") + m.getLong("invoiced");
      assertThat(m.getLong("remainingAfter")).as(m.getString("month")).isEqualTo(left);
    }
    assertThat(left).isEqualTo(position.getLong("remaining"));
    // What workersAffordable is reckoned from: the months from next month to December, at the minimum premium each.
    int monthsLeft = 12 - MoneyFixture.currentMonth().getMonthValue();
    assertThat(position.getInteger("affordableMonths")).isEqualTo(monthsLeft);
    assertThat(position.getString("affordableFrom"))
        .isEqualTo(monthsLeft == 0 ? null : MoneyFixture.currentMonth().plusMonths(1).toString());
    long perWorker = position.getLong("costPerWorker");
    assertThat(position.getLong("workersAffordable")).isEqualTo(perWorker == 0 ? 0 : position.getLong("remaining") / perWorker);
    assertThat(perWorker == 0).isEqualTo(monthsLeft == 0);
  }

  private static JsonObject report(int year) {
    var r = f.server.get("/api/v1/budgets/" + year + "/realisation", f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  private static JsonObject apbd(JsonObject report) {
    return report.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> i.getString("fundingSource").equals("APBD")).findFirst().orElseThrow();
  }

  private static JsonObject monthOf(JsonObject item, YearMonth month) {
    return item.getJsonArray("months").stream().map(JsonObject.class::cast)
        .filter(m -> m.getString("month").equals(month.toString())).findFirst().orElseThrow();
  }
}
