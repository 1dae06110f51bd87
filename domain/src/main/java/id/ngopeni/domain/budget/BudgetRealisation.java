package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A funding source's budget year month by month, the realisation report an office sends: for
 * each month what is <b>committed</b> (billed memberships of a month not invoiced yet, from the
 * current month on, priced at that month's tariffs: {@link BudgetPositions}' definition, so the
 * months add up to the budget position), <b>invoiced</b> (the month's premium invoice, paid or
 * not) and <b>paid</b> (the invoice when marked paid). Remaining = allocated − committed −
 * invoiced, as in {@link BudgetPosition}.
 */
public record BudgetRealisation(Year year, FundingSource fundingSource, Rupiah allocated, List<MonthFigures> months) {

  /** One month's figures. */
  public record MonthFigures(YearMonth month, Rupiah committed, Rupiah invoiced, Rupiah paid) {}

  public BudgetRealisation {
    months = List.copyOf(months);
  }

  /**
   * @param groups billed groups of any source (only the budget's count), as for {@link BudgetPositions#ofBilled}
   * @param invoiced this source's invoice totals per month
   * @param paid this source's totals of paid invoices per month
   */
  public static BudgetRealisation of(Budget budget, Collection<BilledGroup> groups, Map<YearMonth, Rupiah> invoiced,
      Map<YearMonth, Rupiah> paid, GroupPrices prices) {
    List<MonthFigures> months = new ArrayList<>(12);
    for (Month m : Month.values()) {
      YearMonth month = budget.year().atMonth(m);
      Rupiah committed = invoiced.containsKey(month) ? Rupiah.ZERO : groups.stream()
          .filter(g -> g.fundingSource() == budget.fundingSource() && g.month().equals(month))
          .map(prices::total)
          .reduce(Rupiah.ZERO, Rupiah::plus);
      months.add(new MonthFigures(month, committed, invoiced.getOrDefault(month, Rupiah.ZERO),
          paid.getOrDefault(month, Rupiah.ZERO)));
    }
    return new BudgetRealisation(budget.year(), budget.fundingSource(), budget.allocated(), months);
  }

  public Rupiah committed() {
    return sum(MonthFigures::committed);
  }

  public Rupiah invoiced() {
    return sum(MonthFigures::invoiced);
  }

  public Rupiah paid() {
    return sum(MonthFigures::paid);
  }

  public Rupiah remaining() {
    return allocated.minus(committed()).minus(invoiced());
  }

  /**
   * The burn-down: what is left of the allocation once the months up to {@code month} are
   * invoiced or committed (allocated − their committed − their invoiced). After December it is
   * {@link #remaining()}.
   */
  public Rupiah remainingAfter(YearMonth month) {
    return months.stream().filter(m -> !m.month().isAfter(month))
        .map(m -> m.committed().plus(m.invoiced()))
        .reduce(allocated, Rupiah::minus);
  }

  private Rupiah sum(Function<MonthFigures, Rupiah> figure) {
    return months.stream().map(figure).reduce(Rupiah.ZERO, Rupiah::plus);
  }
}
