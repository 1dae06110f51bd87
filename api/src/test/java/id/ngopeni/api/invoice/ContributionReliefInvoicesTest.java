package id.ngopeni.api.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.domain.invoice.PremiumInvoices;
import id.ngopeni.domain.tariff.ContributionRelief;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PP 50/2025 over HTTP: members of every funding source and sector enrolled from December 2025,
 * invoiced and paid month after month; every line, invoice and budget is priced at the right
 * tariff for its source and sector (50 % off JKK+JKM: transport January 2026 – March 2027, other
 * sectors April – December 2026, never APBD nor DBHCHT).
 */
class ContributionReliefInvoicesTest {
  private static final YearMonth FIRST = YearMonth.of(2025, 12);
  private static final YearMonth LAST = YearMonth.of(2027, 4);
  private static MoneyFixture f;

  /** One member per case, the minimum package at Rp1.000.000: Rp16.800 a month, Rp8.400 relieved. */
  private record Case(String source, String sector) {}

  private static final List<Case> CASES = List.of(new Case("APBD", "OTHER"), new Case("APBD", "TRANSPORT"),
      new Case("DBHCHT", "TRANSPORT"), new Case("MANDIRI", "OTHER"), new Case("MANDIRI", "TRANSPORT"),
      new Case("PERUSAHAAN", "TRANSPORT"), new Case("BUMN", "OTHER"));

  @BeforeAll
  static void start() {
    f = new MoneyFixture("pp50-invoices");
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  /** The regulation's months, by hand: relieved only when not paid through the APBD. */
  private static long expected(Case c, YearMonth m) {
    boolean viaApbd = c.source().equals("APBD") || c.source().equals("DBHCHT");
    boolean inWindow = c.sector().equals("TRANSPORT")
        ? m.compareTo(YearMonth.of(2026, 1)) >= 0 && m.compareTo(YearMonth.of(2027, 3)) <= 0
        : m.compareTo(YearMonth.of(2026, 4)) >= 0 && m.compareTo(YearMonth.of(2026, 12)) <= 0;
    return !viaApbd && inWindow ? 8_400 : 16_800;
  }

  @Test
  void pp50_2025PricesInvoicesAndBudgetsPerSourceAndSectorForEveryMonthOf2026AndEarly2027() {
    int year = MoneyFixture.currentMonth().getYear();
    for (String source : List.of("APBD", "DBHCHT")) {
      f.budget(year, source, 100_000_000);
    }
    List<DemoWorkers.Written> workers = f.workers(CASES.size());
    Map<UUID, Case> byMembership = new HashMap<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      JsonObject m = f.enrolled(workers.get(i).id(),
          MoneyFixture.enrolment(c.source(), 1_000_000, FIRST.atDay(1), "JKK", "JKM").put("sector", c.sector()));
      assertThat(m.getString("sector")).isEqualTo(c.sector());
      byMembership.put(UUID.fromString(m.getString("id")), c);
    }

    YearMonth latest = PremiumInvoices.latestPeriod(MoneyFixture.today());
    YearMonth last = latest.isBefore(LAST) ? latest : LAST;
    int relievedLines = 0;
    for (YearMonth month = FIRST; !month.isAfter(last); month = month.plusMonths(1)) {
      JsonObject run = f.generate(month);
      Map<String, Long> totals = new HashMap<>();
      for (var line : f.db.preparedQuery("""
              SELECT l.membership_id, l.jkk, l.jkm, l.amount FROM premium_invoice_line l
              JOIN premium_invoice i ON i.id = l.invoice_id WHERE i.period = $1""")
          .execute(Tuple.of(month.atDay(1))).await()) {
        Case c = byMembership.get(line.getUUID("membership_id"));
        long amount = expected(c, month);
        assertThat(line.getLong("amount")).as(month + " " + c).isEqualTo(amount);
        assertThat(line.getLong("jkm")).as(month + " " + c + " JKM").isEqualTo(amount == 8_400 ? 3_400 : 6_800);
        totals.merge(c.source(), amount, Long::sum);
        relievedLines += amount == 8_400 ? 1 : 0;
      }
      for (var entry : totals.entrySet()) {
        JsonObject invoice = MoneyFixture.invoiceOf(run, entry.getKey());
        assertThat(invoice.getLong("total")).as(month + " " + entry.getKey()).isEqualTo(entry.getValue());
        var paid = f.server.post("/api/v1/premium-invoices/" + invoice.getString("id") + "/mark-paid", f.admin,
            new JsonObject().put("paidAt", MoneyFixture.today().toString()).put("reference", "SP2D-" + month));
        assertThat(paid.statusCode()).as(paid.bodyAsString()).isEqualTo(200);
      }
      YearMonth priced = month;
      assertThat(totals.values().stream().mapToLong(Long::longValue).sum()).as(month.toString())
          .isEqualTo(CASES.stream().mapToLong(c -> expected(c, priced)).sum());
    }
    assertThat(relievedLines).isPositive();

    // The 2027 budget of the self-paid members commits each month not yet invoiced at its own price.
    f.budget(2027, "MANDIRI", 10_000_000);
    YearMonth from = YearMonth.of(2027, Month.JANUARY);
    from = MoneyFixture.currentMonth().isAfter(from) ? MoneyFixture.currentMonth() : from;
    long committed = 0;
    for (YearMonth m = from; m.getYear() == 2027; m = m.plusMonths(1)) {
      if (m.isAfter(last)) {
        committed += expected(new Case("MANDIRI", "OTHER"), m) + expected(new Case("MANDIRI", "TRANSPORT"), m);
      }
    }
    assertThat(f.budgetOf(2027, "MANDIRI").getLong("committed")).isEqualTo(committed);
  }

  @Test
  void theSeededTariffsAreThoseOfPp50_2025RowForRow() {
    var r = f.server.get("/api/v1/tariffs", f.admin);
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> seeded = r.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(t -> t.getInteger("discountPercent") > 0 && t.getString("validFrom").compareTo("2028") < 0)
        .map(t -> t.getString("program") + " " + t.getString("validFrom") + ".." + t.getString("validTo") + " "
            + t.getString("fundingSource") + " " + t.getString("sector") + " -" + t.getInteger("discountPercent") + "%")
        .toList();
    List<String> relief = ContributionRelief.TARIFFS.stream()
        .map(t -> t.program() + " " + t.validFrom() + ".." + t.validTo() + " " + t.fundingSource() + " " + t.sector()
            + " -" + t.discountPercent() + "%")
        .toList();
    assertThat(seeded).containsExactlyInAnyOrderElementsOf(relief);
    assertThat(seeded).contains("JKK 2026-01-01..2027-03-31 MANDIRI TRANSPORT -50%",
        "JKM 2026-04-01..2026-12-31 BUMN OTHER -50%").noneMatch(t -> t.contains("APBD") || t.contains("DBHCHT"));
  }

  @Test
  void aTariffForOneSectorWithAnUnknownSectorOrTooHighADiscountIsRefusedByField() {
    JsonObject body = new JsonObject().put("program", "JKM").put("validFrom", "2030-01-01").put("flatAmount", 6_800)
        .put("sector", "SHIPPING").put("discountPercent", 100);
    var r = f.server.post("/api/v1/tariffs", f.admin, body);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(422);
    assertThat(MoneyFixture.failingFields(r)).containsExactlyInAnyOrder("sector:value_unknown",
        "discountPercent:discount_too_high");
    var ok = f.server.post("/api/v1/tariffs", f.admin, body.put("sector", "TRANSPORT").put("discountPercent", 25));
    assertThat(ok.statusCode()).as(ok.bodyAsString()).isEqualTo(201);
    assertThat(ok.bodyAsJsonObject().getString("sector")).isEqualTo("TRANSPORT");
    assertThat(ok.bodyAsJsonObject().getInteger("discountPercent")).isEqualTo(25);
  }
}
