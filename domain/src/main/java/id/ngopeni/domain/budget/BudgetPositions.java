package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.Premiums;
import id.ngopeni.domain.tariff.TariffBook;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reckons a {@link BudgetPosition}. Every month of the year is counted once at most:
 *
 * <ul>
 *   <li><b>invoiced</b>: the totals of this source's premium invoices for months of the year,
 *       paid or not — money already asked for.
 *   <li><b>committed</b>: what this source's memberships will be billed ({@link MonthlyBill})
 *       for the months from the current month to December that have <i>no invoice yet</i>,
 *       each month at the tariff in force that month. An
 *       invoiced month moves from committed to invoiced, never counting twice. Past months
 *       without an invoice are not committed: they belong to members recorded after the fact,
 *       paid outside this system.
 *   <li><b>remaining</b> = allocated − committed − invoiced.
 *   <li><b>workersAffordable</b>: how many more workers on the minimum package (JKK + JKM at
 *       the policy's lowest income, e.g. Rp16.800 a month) the remainder carries from next
 *       month to December, rounded down — the planning figure for enrolments starting next
 *       month. 0 when nothing remains or no month of the year is left.
 * </ul>
 */
public final class BudgetPositions {
  private BudgetPositions() {}

  /**
   * @param memberships memberships of any source; only the budget's source counts
   * @param invoicedByMonth this source's invoice totals per month (other years are ignored)
   * @param currentMonth the month of today in Asia/Jakarta
   */
  public static BudgetPosition of(
      Budget budget,
      Collection<Membership> memberships,
      Map<YearMonth, Rupiah> invoicedByMonth,
      YearMonth currentMonth,
      TariffBook tariffs,
      MembershipPolicy policy) {
    Year year = budget.year();
    Rupiah invoiced =
        invoicedByMonth.entrySet().stream()
            .filter(e -> e.getKey().getYear() == year.getValue())
            .map(Map.Entry::getValue)
            .reduce(Rupiah.ZERO, Rupiah::plus);
    Rupiah committed =
        committed(
            memberships, budget.fundingSource(), year, currentMonth, invoicedByMonth, tariffs);
    Rupiah remaining = budget.allocated().minus(committed).minus(invoiced);
    long affordable =
        workersAffordable(budget, remaining, currentMonth, invoicedByMonth, tariffs, policy);
    return new BudgetPosition(
        year,
        budget.fundingSource(),
        budget.allocated(),
        committed,
        invoiced,
        remaining,
        affordable);
  }

  /**
   * The same position reckoned from {@link BilledGroup}s (memberships counted per month and
   * pricing group) instead of the memberships themselves: each group not yet invoiced is
   * committed at its {@link GroupPrices} price, and {@link #of} reckons invoiced, remaining and
   * workersAffordable over what is left of the allocation once that commitment is taken out.
   *
   * @param groups groups of any source from {@link #firstCommittedMonth} to December; only the
   *     budget's source counts
   * @param invoicedByMonth this source's invoice totals per month
   */
  public static BudgetPosition ofBilled(
      Budget budget,
      Collection<BilledGroup> groups,
      Map<YearMonth, Rupiah> invoicedByMonth,
      YearMonth currentMonth,
      GroupPrices prices,
      MembershipPolicy policy) {
    Rupiah committed =
        groups.stream()
            .filter(
                g ->
                    g.fundingSource() == budget.fundingSource()
                        && !invoicedByMonth.containsKey(g.month()))
            .map(prices::total)
            .reduce(Rupiah.ZERO, Rupiah::plus);
    Rupiah uncommitted = budget.allocated().minus(committed);
    BudgetPosition rest =
        of(
            new Budget(
                budget.year(),
                budget.fundingSource(),
                uncommitted.isNegative() ? Rupiah.ZERO : uncommitted),
            List.of(),
            invoicedByMonth,
            currentMonth,
            prices.tariffs(),
            policy);
    Rupiah remaining = uncommitted.minus(rest.invoiced());
    return new BudgetPosition(
        budget.year(),
        budget.fundingSource(),
        budget.allocated(),
        committed,
        rest.invoiced(),
        remaining,
        uncommitted.isNegative() ? 0 : rest.workersAffordable());
  }

  /** The first month that can be committed for {@code year}: the current one, or January if the year has not begun. */
  public static YearMonth firstCommittedMonth(Year year, YearMonth currentMonth) {
    YearMonth january = year.atMonth(Month.JANUARY);
    return currentMonth.isBefore(january) ? january : currentMonth;
  }

  /**
   * What one membership commits of its source's budget for {@code year}: its premiums for the
   * billed, not yet invoiced months from the current month to December. For a new enrolment
   * this is the amount {@link BudgetRules#checkCanCarry} weighs.
   */
  public static Rupiah committed(
      Membership membership,
      Year year,
      YearMonth currentMonth,
      Map<YearMonth, Rupiah> invoicedByMonth,
      TariffBook tariffs) {
    return committed(
        List.of(membership),
        membership.fundingSource(),
        year,
        currentMonth,
        invoicedByMonth,
        tariffs);
  }

  private static Rupiah committed(
      Collection<Membership> memberships,
      FundingSource source,
      Year year,
      YearMonth currentMonth,
      Map<YearMonth, Rupiah> invoicedByMonth,
      TariffBook tariffs) {
    return uninvoicedMonths(year, currentMonth, invoicedByMonth).stream()
        .map(m -> MonthlyBill.of(m, source, memberships, tariffs).total())
        .reduce(Rupiah.ZERO, Rupiah::plus);
  }

  /**
   * Why {@link BudgetPosition#workersAffordable} is what it is: a worker enrolled from next month
   * on the minimum package costs this budget {@code perWorker}, the minimum premium of each of
   * {@code months} (next month to December, months already invoiced left out). In December no
   * month of the year is left, so nothing more can be funded from this year's budget whatever
   * remains: a worker enrolled now is first billed in January, from next year's budget.
   */
  public record Affordability(List<YearMonth> months, Rupiah perWorker) {
    public Affordability {
      months = List.copyOf(months);
    }

    /** How many such workers {@code remaining} pays for, rounded down; 0 when nothing remains or no month is left. */
    public long workers(Rupiah remaining) {
      return remaining.isGreaterThan(Rupiah.ZERO) && perWorker.isGreaterThan(Rupiah.ZERO)
          ? remaining.amount() / perWorker.amount()
          : 0;
    }
  }

  /** The months and the price per worker behind {@code workersAffordable} (see {@link Affordability}). */
  public static Affordability affordability(
      Budget budget,
      YearMonth currentMonth,
      Map<YearMonth, Rupiah> invoicedByMonth,
      TariffBook tariffs,
      MembershipPolicy policy) {
    List<YearMonth> months =
        uninvoicedMonths(budget.year(), currentMonth.plusMonths(1), invoicedByMonth);
    Rupiah perWorker =
        months.stream()
            .map(
                m ->
                    Premiums.minimumMonthly(
                        policy.lowestIncome(), budget.fundingSource(), m, tariffs))
            .reduce(Rupiah.ZERO, Rupiah::plus);
    return new Affordability(months, perWorker);
  }

  private static long workersAffordable(
      Budget budget,
      Rupiah remaining,
      YearMonth currentMonth,
      Map<YearMonth, Rupiah> invoicedByMonth,
      TariffBook tariffs,
      MembershipPolicy policy) {
    if (!remaining.isGreaterThan(Rupiah.ZERO)) {
      return 0;
    }
    return affordability(budget, currentMonth, invoicedByMonth, tariffs, policy).workers(remaining);
  }

  /**
   * The months of {@code year} from {@code from} (or January, if the year has not begun) to
   * December that have no invoice yet.
   */
  private static List<YearMonth> uninvoicedMonths(
      Year year, YearMonth from, Map<YearMonth, Rupiah> invoicedByMonth) {
    YearMonth january = year.atMonth(Month.JANUARY);
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from.isBefore(january) ? january : from;
        !m.isAfter(year.atMonth(Month.DECEMBER));
        m = m.plusMonths(1)) {
      if (!invoicedByMonth.containsKey(m)) {
        months.add(m);
      }
    }
    return months;
  }
}
