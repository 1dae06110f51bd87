package id.ngopeni.api.coverage;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.domain.coverage.Grouping;
import id.ngopeni.persistence.coverage.CoverageCount;
import id.ngopeni.persistence.coverage.CoverageRepository;
import id.ngopeni.persistence.coverage.PricedGroup;
import id.ngopeni.persistence.coverage.PricingGroup;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The report prices each change by its group's number (V60): a group first used after the prices
 * were read leaves the counts unpriced (never counted at no cost), and once read again it is
 * priced; the report over the API answers through that, with the new member in it.
 */
class CoverageGroupNumbersTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("coverage-groups");

  private final CoverageRepository repository = new CoverageRepository();

  @Test
  void aGroupNumberedAfterThePricesWereReadIsUnpricedUntilReadAgain() {
    List<DemoWorkers.Written> ws = f.workers(2);
    f.enrolled(ws.get(0).id(), enrolment("MANDIRI", 1_000_000, today().withDayOfMonth(1), "JKK", "JKM"));
    List<PricingGroup> before = repository.pricingGroups(f.db).await();
    assertThat(before).extracting(PricingGroup::id).doesNotHaveDuplicates().allMatch(id -> id >= 1);

    // A new declared income: a group of its own, numbered by this change.
    f.enrolled(ws.get(1).id(), enrolment("MANDIRI", 7_777_000, today().withDayOfMonth(1), "JKK", "JKM"));
    Optional<List<CoverageCount>> stale = counts(before);
    assertThat(stale).as("a change of a group without a price is never counted at no cost").isEmpty();

    List<PricingGroup> after = repository.pricingGroups(f.db).await();
    assertThat(after).hasSize(before.size() + 1);
    PricingGroup added = after.get(after.size() - 1);
    assertThat(added.declaredIncome()).isEqualTo(7_777_000);
    List<CoverageCount> counted = counts(after).orElseThrow();
    CoverageCount area = counted.stream().filter(c -> c.key().equals(ws.get(1).kelurahanCode())).findFirst().orElseThrow();
    assertThat(area.count()).isPositive();
    assertThat(area.monthlyPremium()).as("100 a member in every group").isEqualTo(100 * area.count());

    JsonObject report = f.server.get("/api/v1/coverage?groupBy=kelurahan", f.admin).bodyAsJsonObject();
    assertThat(report.getJsonObject("total").getLong("covered")).isEqualTo(counted.stream().mapToLong(CoverageCount::count).sum());
  }

  private Optional<List<CoverageCount>> counts(List<PricingGroup> groups) {
    List<PricedGroup> priced = groups.stream().map(g -> new PricedGroup(g, 100)).toList();
    return repository.counts(f.db, Grouping.KELURAHAN, today(), null, priced).await();
  }
}
