package id.ngopeni.api.membership;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.failingFields;
import static id.ngopeni.api.membership.MoneyFixture.monthsLeft;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.tariff.Contribution;
import id.ngopeni.domain.tariff.ContributionRelief;
import id.ngopeni.domain.tariff.DefaultTariffs;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Premiums and budget positions over HTTP, to the rupiah. */
class EnrolmentAndBudgetTest {
  private static MoneyFixture f;
  private static int year;

  @BeforeAll
  static void start() {
    f = new MoneyFixture("money");
    year = today().getYear();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void tariffsAreSeededWithTheDefaultBook() {
    var r = f.server.get("/api/v1/tariffs", f.admin);
    assertThat(r.statusCode()).isEqualTo(200);
    // The generic tariffs; PP 50/2025's, one per relieved source and sector, are checked apart.
    JsonArray items = new JsonArray(r.bodyAsJsonObject().getJsonArray("items").stream()
        .filter(t -> ((JsonObject) t).getValue("fundingSource") == null).toList());
    assertThat(items).hasSize(DefaultTariffs.SEED.size());
    JsonObject jkk = items.getJsonObject(0);
    var seed = (Contribution.Rate) DefaultTariffs.JKK.contribution();
    assertThat(jkk.getString("program")).isEqualTo("JKK");
    assertThat(jkk.getString("validFrom")).isEqualTo(DefaultTariffs.SINCE.toString());
    assertThat(jkk.getLong("rateBasisPoints")).isEqualTo(seed.basisPoints());
    assertThat(jkk.getLong("minimum")).isEqualTo(10_000L);
    assertThat(jkk.getLong("maximum")).isEqualTo(207_000L);
    assertThat(items.getJsonObject(1).getLong("flatAmount")).isEqualTo(6_800L);
    assertThat(items.getJsonObject(2).getLong("rateBasisPoints")).isEqualTo(200L);
  }

  @Test
  void premiumsComeFromTheDomainAndTheBudgetMovesToTheRupiah() {
    long allocated = 100_000_000L;
    f.budget(year, "DBHCHT", allocated);
    var ws = f.workers(3);
    JsonObject minimum = f.enrolled(ws.get(0).id(), enrolment("DBHCHT", 1_000_000, today(), "JKK", "JKM"));
    assertThat(minimum.getLong("monthlyPremium")).isEqualTo(16_800L);
    assertThat(minimum.getJsonArray("premiumBreakdown")).isEqualTo(new JsonArray()
        .add(new JsonObject().put("program", "JKK").put("amount", 10_000))
        .add(new JsonObject().put("program", "JKM").put("amount", 6_800)));
    assertThat(minimum.getString("status")).isEqualTo("ACTIVE");

    JsonObject withJht = f.enrolled(ws.get(1).id(), enrolment("DBHCHT", 2_345_678, today(), "JKM", "JHT", "JKK"));
    // JKK 1 % = 23.456,78 → 23.457; JKM 6.800; JHT 2 % = 46.913,56 → 46.914.
    assertThat(withJht.getLong("monthlyPremium")).isEqualTo(23_457L + 6_800L + 46_914L);
    assertThat(withJht.getJsonArray("programs")).isEqualTo(new JsonArray().add("JKK").add("JKM").add("JHT"));

    JsonObject capped = f.enrolled(ws.get(2).id(), enrolment("DBHCHT", 20_700_000, today(), "JKK", "JKM"));
    assertThat(capped.getLong("monthlyPremium")).isEqualTo(207_000L + 6_800L);

    long perMonth = 16_800L + 77_171L + 213_800L;
    JsonObject position = f.budgetOf(year, "DBHCHT");
    long committed = perMonth * monthsLeft();
    assertThat(position.getLong("allocated")).isEqualTo(allocated);
    assertThat(position.getLong("committed")).isEqualTo(committed);
    assertThat(position.getLong("invoiced")).isZero();
    assertThat(position.getLong("remaining")).isEqualTo(allocated - committed);
    long perNewWorker = 16_800L * (monthsLeft() - 1);
    assertThat(position.getLong("workersAffordable"))
        .isEqualTo(perNewWorker == 0 ? 0 : (allocated - committed) / perNewWorker);

    // Ending the capped one next month-end releases what it would have cost after that.
    var end = f.server.post("/api/v1/memberships/" + capped.getString("id") + "/end", f.admin,
        new JsonObject().put("endDate", today().withDayOfMonth(today().lengthOfMonth()).toString()).put("reason", "Pindah"));
    assertThat(end.statusCode()).as(end.bodyAsString()).isEqualTo(200);
    assertThat(end.bodyAsJsonObject().getString("status")).isEqualTo("ENDED");
    assertThat(f.budgetOf(year, "DBHCHT").getLong("committed")).isEqualTo(committed - 213_800L * (monthsLeft() - 1));
    var again = f.server.post("/api/v1/memberships/" + capped.getString("id") + "/end", f.admin,
        new JsonObject().put("endDate", today().toString()).put("reason", "Lagi"));
    assertThat(again.statusCode()).isEqualTo(409);

    var audit = f.server.get("/api/v1/audit?entityType=membership&entityId=" + capped.getString("id"), f.admin);
    assertThat(audit.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("action")))
        .containsExactly("membership.ended", "membership.created");
  }

  @Test
  void aSecondActiveMembershipIsAConflict() {
    f.budget(year, "APBD", 10_000_000L);
    var w = f.workers(1).get(0);
    f.enrolled(w.id(), enrolment("APBD", 1_000_000, today(), "JKK", "JKM"));
    var second = f.enrol(f.admin, w.id(), enrolment("APBD", 1_000_000, today(), "JKK", "JKM"));
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.bodyAsJsonObject().getString("code")).isEqualTo("membership_active");
    var list = f.server.get("/api/v1/workers/" + w.id() + "/memberships", f.admin);
    assertThat(list.bodyAsJsonObject().getJsonArray("items")).hasSize(1);
  }

  @Test
  void enrolmentTheBudgetCannotCarryIsRefusedAndNothingIsWritten() {
    var ws = f.workers(2);
    // BUMN has no budget recorded: not checked. MANDIRI with a budget one rupiah short: refused.
    // (MANDIRI members pay PP 50/2025's relieved Rp8.400 in its months.)
    long toDecember = 0;
    for (YearMonth m = MoneyFixture.currentMonth(); m.getYear() == year; m = m.plusMonths(1)) {
      toDecember += ContributionRelief.relieves(Program.JKK, FundingSource.MANDIRI, Sector.OTHER, m) ? 8_400 : 16_800;
    }
    f.budget(year, "MANDIRI", toDecember - 1);
    var refused = f.enrol(f.admin, ws.get(0).id(), enrolment("MANDIRI", 1_000_000, today(), "JKK", "JKM"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.bodyAsJsonObject().getString("code")).isEqualTo("budget_exceeded");
    assertThat(f.server.get("/api/v1/workers/" + ws.get(0).id() + "/memberships", f.admin).bodyAsJsonObject()
        .getJsonArray("items")).isEmpty();
    var free = f.enrol(f.admin, ws.get(1).id(), enrolment("BUMN", 1_000_000, today(), "JKK", "JKM"));
    assertThat(free.statusCode()).as(free.bodyAsString()).isEqualTo(201);
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    var w = f.workers(1).get(0);
    var r = f.enrol(f.admin, w.id(), new JsonObject().put("programs", new JsonArray().add("JKM").add("JP"))
        .put("declaredIncome", "satu juta").put("fundingSource", "APBN").put("startDate", "2026-02-30")
        .put("premium", 1));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(failingFields(r)).containsExactlyInAnyOrder("programs[1]:program_unknown", "programs:programs_required",
        "declaredIncome:type_mismatch", "fundingSource:value_unknown", "startDate:date_invalid", "premium:unknown_field");
    var range = f.enrol(f.admin, w.id(), enrolment("APBD", 999_999, today().plusMonths(2), "JKK", "JKM"));
    assertThat(failingFields(range)).containsExactlyInAnyOrder("declaredIncome:income_out_of_range",
        "startDate:start_too_far_ahead");
    var unknown = f.enrol(f.admin, java.util.UUID.randomUUID(), enrolment("APBD", 1_000_000, today(), "JKK", "JKM"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    var badBudget = f.server.http.request(io.vertx.core.http.HttpMethod.PUT, "/api/v1/budgets/" + year + "/PERUSAHAAN")
        .putHeader("Authorization", "Bearer " + f.admin).sendJsonObject(new JsonObject().put("allocated", 5)).await();
    assertThat(badBudget.statusCode()).isEqualTo(428);
    var negative = f.putBudget(f.admin, year, "PERUSAHAAN", -1);
    assertThat(failingFields(negative)).containsExactly("allocated:negative");
    assertThat(List.of(f.putBudget(f.admin, year, "NOPE", 1).statusCode())).containsExactly(404);
  }
}
