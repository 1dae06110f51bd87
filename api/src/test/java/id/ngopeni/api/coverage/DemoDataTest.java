package id.ngopeni.api.coverage;

import static id.ngopeni.api.membership.MoneyFixture.currentMonth;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.PasswordHasher;
import id.ngopeni.api.demo.DemoData;
import id.ngopeni.api.invoice.InvoiceGeneration;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.persistence.audit.AuditKey;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --demo}: a year of history the dashboard can show, loaded once, users printed once. */
class DemoDataTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("demo");

  private String load() {
    var vertx = f.server.clientVertx;
    AppContext context = new AppContext(vertx, f.db, f.db, TestServer.config(f.server.database, f.server.dataDir, List.of()),
        Clock.systemUTC(), new PasswordHasher(vertx), new AuditLog(AuditKey.load(null, f.server.dataDir)), f.server.app.crypto());
    InvoiceGeneration generation = new InvoiceGeneration(context, new InvoiceRepository(f.server.app.crypto()), new MembershipRepository(),
        new TariffRepository(), MembershipPolicy.DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DemoData.load(context, generation, new PrintStream(out, true, StandardCharsets.UTF_8)).await();
    return out.toString(StandardCharsets.UTF_8);
  }

  private long count(String sql) {
    return f.db.query(sql).execute().await().iterator().next().getLong(0);
  }

  @Test
  void loadsAYearOfHistoryOnceAndPrintsTheDemoUsers() {
    String console = load();
    assertThat(console).contains("OPERATOR  operator  ", "AUDITOR  auditor  ", "FIELD_OFFICER  petugas.klojen  ");
    assertThat(count("SELECT count(*) FROM worker")).isEqualTo(5_000);
    assertThat(count("SELECT count(*) FROM membership")).isBetween(3_800L, 4_400L);
    assertThat(count("SELECT count(*) FROM membership WHERE status = 'LAPSED'")).isZero();
    assertThat(count("SELECT count(DISTINCT period) FROM premium_invoice")).isEqualTo(12);
    // Cases followed with BPJS in several stages, one of them overdue and one flagged.
    assertThat(count("SELECT count(DISTINCT status) FROM claim")).isGreaterThanOrEqualTo(4);
    assertThat(f.server.get("/api/v1/claims/overdue", f.admin).bodyAsJsonObject().getLong("count")).isPositive();
    assertThat(f.server.get("/api/v1/claims/flagged", f.admin).bodyAsJsonObject().getJsonArray("items")).isNotEmpty();
    assertThat(count("SELECT count(*) FROM premium_invoice WHERE status = 'UNPAID' AND period < date_trunc('month', now())"))
        .isZero();

    JsonObject coverage = f.server.get("/api/v1/coverage?groupBy=fundingSource", f.admin).bodyAsJsonObject();
    JsonObject total = coverage.getJsonObject("total");
    assertThat(total.getLong("covered")).isGreaterThan(3_000L);
    assertThat(total.getDouble("ucjPercent")).isEqualTo(32.44);
    // The baseline says where its figures come from: the article's 173.753 target, of 30 June 2025.
    assertThat(total.getLong("target")).isEqualTo(173_753L);
    assertThat(total.getString("baselineSource")).startsWith("malangkota.go.id, 30 Juni 2025").contains("173.753");
    assertThat(total.getString("baselineAsOf")).isEqualTo("2025-06-30");
    // The trend's last month has the demo's enrolments behind it and the city's UCJ estimated from BPJS's count.
    var trend = f.server.get("/api/v1/coverage/trend", f.admin).bodyAsJsonObject();
    var now = trend.getJsonArray("items").getJsonObject(11);
    assertThat(now.getLong("covered")).isEqualTo(total.getLong("covered"));
    assertThat(trend.getJsonArray("items").stream().mapToLong(o -> ((JsonObject) o).getLong("enrolled")).sum()).isPositive();
    assertThat(trend.getJsonObject("baseline").getString("asOf")).isEqualTo("2025-06-30");
    assertThat(total.getLong("monthlyPremium")).isGreaterThanOrEqualTo(total.getLong("covered") * 16_800L);
    var budgets = f.server.get("/api/v1/budgets/" + currentMonth().getYear(), f.admin).bodyAsJsonObject().getJsonArray("items");
    assertThat(budgets).hasSize(2);
    budgets.forEach(b -> assertThat(((JsonObject) b).getLong("remaining")).isPositive());

    // The coverage ledger agrees with a plain count of the memberships on any day, ended ones included.
    for (int monthsAgo : new int[] {0, 3, 7, 11, 13}) {
      var day = MoneyFixture.today().minusMonths(monthsAgo);
      long counted = count("SELECT count(*) FROM membership WHERE start_date <= '" + day
          + "' AND (end_date IS NULL OR end_date >= '" + day + "')");
      for (String groupBy : List.of("kelurahan", "category")) {
        assertThat(f.server.get("/api/v1/coverage?groupBy=" + groupBy + "&asOf=" + day, f.admin).bodyAsJsonObject()
            .getJsonObject("total").getLong("covered")).as("%s %s", groupBy, day).isEqualTo(counted);
      }
    }
    assertThat(count("SELECT count(*) FROM membership WHERE status = 'ENDED'")).isPositive();
    // The city's own santunan: one programme, five deaths, payouts awaiting approval, approved, paid and rejected.
    var programmes = f.server.get("/api/v1/santunan-programmes", f.admin).bodyAsJsonObject().getJsonArray("items");
    assertThat(programmes).hasSize(1);
    assertThat(programmes.getJsonObject(0).getLong("committed")).isEqualTo(30_000_000L);
    assertThat(count("SELECT count(*) FROM santunan_entitlement")).isEqualTo(5);
    assertThat(count("SELECT count(DISTINCT status) FROM payout WHERE status IN ('PENDING_APPROVAL', 'APPROVED', 'PAID', 'REJECTED')"))
        .isEqualTo(4);
    assertThat(count("SELECT count(*) FROM payout_batch WHERE status = 'RECONCILED'")).isEqualTo(1);

    // A second start with data in place changes nothing and prints nothing.
    assertThat(load()).isEmpty();
    assertThat(count("SELECT count(*) FROM worker")).isEqualTo(5_000);
  }
}
