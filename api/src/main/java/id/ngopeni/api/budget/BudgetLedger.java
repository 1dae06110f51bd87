package id.ngopeni.api.budget;

import id.ngopeni.domain.budget.Budget;
import id.ngopeni.domain.budget.BudgetPosition;
import id.ngopeni.domain.budget.BudgetPositions;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.TariffBook;
import id.ngopeni.persistence.budget.BilledGroup;
import id.ngopeni.persistence.budget.BudgetRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Reckons {@link BudgetPosition}s the way {@link BudgetPositions#of} defines them, without
 * loading every membership: SQL counts the memberships billed per month and pricing group,
 * {@link GroupPrices} prices each group with the domain, and {@link BudgetPositions#of} itself
 * adds the invoiced months and the workers the remainder can carry.
 */
public final class BudgetLedger {
  private final BudgetRepository budgets;
  private final MembershipPolicy policy;

  public BudgetLedger(BudgetRepository budgets, MembershipPolicy policy) {
    this.budgets = budgets;
    this.policy = policy;
  }

  /** The positions of these budgets (all of one year); {@code source} null reads every source at once. */
  public Future<List<BudgetPosition>> positions(SqlClient db, Year year, FundingSource source, List<Budget> of,
      YearMonth currentMonth, TariffBook tariffs) {
    YearMonth first = currentMonth.isBefore(year.atMonth(Month.JANUARY)) ? year.atMonth(Month.JANUARY) : currentMonth;
    return budgets.invoiced(db, year, source).compose(invoiced ->
        budgets.billedGroups(db, source, first, year.atMonth(Month.DECEMBER)).map(groups -> {
          GroupPrices prices = new GroupPrices(tariffs);
          return of.stream()
              .map(b -> position(b, groups, invoiced.getOrDefault(b.fundingSource(), Map.of()), currentMonth, prices))
              .toList();
        }));
  }

  public Future<Map<YearMonth, Rupiah>> invoicedByMonth(SqlClient db, Year year, FundingSource source) {
    return budgets.invoiced(db, year, source).map(all -> all.getOrDefault(source, Map.of()));
  }

  private BudgetPosition position(Budget budget, List<BilledGroup> groups, Map<YearMonth, Rupiah> invoiced,
      YearMonth currentMonth, GroupPrices prices) {
    Rupiah committed = groups.stream()
        .filter(g -> g.fundingSource() == budget.fundingSource() && !invoiced.containsKey(g.month()))
        .map(g -> prices.total(g.month(), g.fundingSource(), g.programs(), g.declaredIncome(), g.count()))
        .reduce(Rupiah.ZERO, Rupiah::plus);
    // The domain reckons invoiced, remaining and workersAffordable over what is left once the
    // memberships' commitment is taken out of the allocation.
    Rupiah uncommitted = budget.allocated().minus(committed);
    BudgetPosition rest = BudgetPositions.of(
        new Budget(budget.year(), budget.fundingSource(), uncommitted.isNegative() ? Rupiah.ZERO : uncommitted),
        List.of(), invoiced, currentMonth, prices.tariffs(), policy);
    Rupiah remaining = uncommitted.minus(rest.invoiced());
    return new BudgetPosition(budget.year(), budget.fundingSource(), budget.allocated(), committed, rest.invoiced(),
        remaining, uncommitted.isNegative() ? 0 : rest.workersAffordable());
  }
}
