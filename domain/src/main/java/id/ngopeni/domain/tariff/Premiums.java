package id.ngopeni.domain.tariff;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a membership costs: per month, and over a run of months. */
public final class Premiums {
  /** JKK + JKM: the least a BPU participant can be enrolled in (PP 44/2015). */
  public static final Set<Program> MINIMUM_PACKAGE =
      Set.copyOf(EnumSet.of(Program.JKK, Program.JKM));

  private Premiums() {}

  /** {@link #monthly(Set, Rupiah, FundingSource, Sector, YearMonth, TariffBook)} in the {@link Sector#DEFAULT} sector. */
  public static Premium monthly(
      Set<Program> programs,
      Rupiah declaredIncome,
      FundingSource source,
      YearMonth month,
      TariffBook tariffs) {
    return monthly(programs, declaredIncome, source, Sector.DEFAULT, month, tariffs);
  }

  /**
   * The premium for one month: each programme at the tariff in force on the month's first day
   * for this funding source and sector (PP 50/2025 prices them differently), less its discount.
   *
   * @throws id.ngopeni.domain.problem.Conflict {@code tariff_missing} if a programme has none
   */
  public static Premium monthly(
      Set<Program> programs,
      Rupiah declaredIncome,
      FundingSource source,
      Sector sector,
      YearMonth month,
      TariffBook tariffs) {
    List<PremiumLine> lines = new ArrayList<>();
    Set<Program> ordered = EnumSet.noneOf(Program.class);
    ordered.addAll(programs);
    for (Program program : ordered) {
      Tariff tariff = tariffs.inForce(program, source, sector, month);
      lines.add(new PremiumLine(program, tariff.monthlyFor(declaredIncome)));
    }
    return Premium.of(lines);
  }

  /**
   * The premium over {@code first}..{@code last} (both inclusive), summed per programme, each
   * month priced at its own tariff so that a change mid-year is honoured. An empty range
   * ({@code last} before {@code first}) costs nothing.
   */
  public static Premium overMonths(
      Set<Program> programs,
      Rupiah declaredIncome,
      FundingSource source,
      YearMonth first,
      YearMonth last,
      TariffBook tariffs) {
    return overMonths(programs, declaredIncome, source, Sector.DEFAULT, first, last, tariffs);
  }

  /** {@link #overMonths} for a participant of this sector. */
  public static Premium overMonths(
      Set<Program> programs,
      Rupiah declaredIncome,
      FundingSource source,
      Sector sector,
      YearMonth first,
      YearMonth last,
      TariffBook tariffs) {
    Map<Program, Rupiah> sums = new EnumMap<>(Program.class);
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      for (PremiumLine line : monthly(programs, declaredIncome, source, sector, m, tariffs).lines()) {
        sums.merge(line.program(), line.amount(), Rupiah::plus);
      }
    }
    return Premium.of(
        sums.entrySet().stream().map(e -> new PremiumLine(e.getKey(), e.getValue())).toList());
  }

  /**
   * JKK + JKM at the lowest declared income: what one more subsidised worker costs a month, in
   * the {@link Sector#DEFAULT} sector (the sector a new enrolment gets unless told otherwise).
   */
  public static Rupiah minimumMonthly(
      Rupiah lowestIncome, FundingSource source, YearMonth month, TariffBook tariffs) {
    return monthly(MINIMUM_PACKAGE, lowestIncome, source, month, tariffs).total();
  }
}
