package id.ngopeni.api.budget;

import id.ngopeni.domain.budget.Budget;
import id.ngopeni.domain.budget.BudgetPosition;
import id.ngopeni.domain.budget.BudgetPositions;
import id.ngopeni.domain.budget.BudgetRealisation;
import id.ngopeni.domain.budget.GroupPrices;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.TariffBook;
import id.ngopeni.persistence.budget.BudgetRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link BudgetPosition}s are reckoned from without loading every membership: SQL
 * counts the memberships billed per month and pricing group and sums the invoices; the domain
 * ({@link BudgetPositions#ofBilled}) prices the groups and reckons each position. Runs on the
 * caller's connection or transaction (the enrolment's budget check reads under its lock).
 */
public record BudgetLedger(BudgetRepository budgets, MembershipPolicy policy) {
  /** A position with what its {@code workersAffordable} is reckoned from. */
  public record Explained(BudgetPosition position, BudgetPositions.Affordability affordability) {}

  /** The positions of these budgets (all of one year); {@code source} null reads every source at once. */
  public Future<List<BudgetPosition>> positions(SqlClient db, Year year, FundingSource source, List<Budget> of,
      YearMonth currentMonth, TariffBook tariffs) {
    return explained(db, year, source, of, currentMonth, tariffs)
        .map(all -> all.stream().map(Explained::position).toList());
  }

  /** As {@link #positions}, each with its {@link BudgetPositions.Affordability}. */
  public Future<List<Explained>> explained(SqlClient db, Year year, FundingSource source, List<Budget> of,
      YearMonth currentMonth, TariffBook tariffs) {
    YearMonth first = BudgetPositions.firstCommittedMonth(year, currentMonth);
    return budgets.invoiced(db, year, source).compose(invoiced ->
        budgets.billedGroups(db, source, first, year.atMonth(Month.DECEMBER)).map(groups -> {
          GroupPrices prices = new GroupPrices(tariffs);
          return of.stream().map(b -> {
            Map<YearMonth, Rupiah> billed = invoiced.getOrDefault(b.fundingSource(), Map.of());
            return new Explained(BudgetPositions.ofBilled(b, groups, billed, currentMonth, prices, policy),
                BudgetPositions.affordability(b, currentMonth, billed, tariffs, policy));
          }).toList();
        }));
  }

  /** The year's budgets month by month: committed, invoiced and paid ({@link BudgetRealisation}). */
  public Future<List<BudgetRealisation>> realisations(SqlClient db, Year year, List<Budget> of, YearMonth currentMonth,
      TariffBook tariffs) {
    YearMonth first = BudgetPositions.firstCommittedMonth(year, currentMonth);
    return budgets.invoiced(db, year, null).compose(invoiced -> budgets.paid(db, year, null).compose(paid ->
        budgets.billedGroups(db, null, first, year.atMonth(Month.DECEMBER)).map(groups -> {
          GroupPrices prices = new GroupPrices(tariffs);
          return of.stream().map(b -> BudgetRealisation.of(b, groups, invoiced.getOrDefault(b.fundingSource(), Map.of()),
              paid.getOrDefault(b.fundingSource(), Map.of()), prices)).toList();
        })));
  }

  public Future<Map<YearMonth, Rupiah>> invoicedByMonth(SqlClient db, Year year, FundingSource source) {
    return budgets.invoiced(db, year, source).map(all -> all.getOrDefault(source, Map.of()));
  }
}
