package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.Premium;
import id.ngopeni.domain.tariff.Premiums;
import id.ngopeni.domain.tariff.TariffBook;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one funding source owes BPJS Ketenagakerjaan for one month: a line for every
 * membership it pays that is billed that month ({@link Membership#isBilledFor}: active on any
 * day of it), each at the tariff in force on the month's first day for its source and sector. The monthly premium
 * invoice is this bill, and the budget's committed amount is the sum of the bills still to
 * come, so the two can never disagree.
 */
public record MonthlyBill(
    YearMonth period, FundingSource fundingSource, List<Line> lines, Rupiah total) {

  /** One membership's premium for the month. */
  public record Line(UUID membershipId, UUID workerId, Premium premium) {}

  public MonthlyBill {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(fundingSource, "fundingSource");
    lines = List.copyOf(lines);
  }

  /**
   * @param memberships memberships of any source and status; only those this source pays and
   *     that are billed for the period make a line
   */
  public static MonthlyBill of(
      YearMonth period,
      FundingSource source,
      Collection<Membership> memberships,
      TariffBook tariffs) {
    List<Line> lines =
        memberships.stream()
            .filter(m -> m.fundingSource() == source && m.isBilledFor(period))
            .sorted(Comparator.comparing(Membership::id))
            .map(
                m ->
                    new Line(
                        m.id(),
                        m.workerId(),
                        Premiums.monthly(
                            m.programs(), m.declaredIncome(), source, m.sector(), period, tariffs)))
            .toList();
    Rupiah total = lines.stream().map(l -> l.premium().total()).reduce(Rupiah.ZERO, Rupiah::plus);
    return new MonthlyBill(period, source, lines, total);
  }
}
