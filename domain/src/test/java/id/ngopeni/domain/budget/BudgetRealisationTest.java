package id.ngopeni.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.TariffBook;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetRealisationTest {
  static final GroupPrices PRICES = new GroupPrices(TariffBook.defaults());
  static final Year YEAR = Year.of(2026);

  @Test
  void monthsSplitIntoInvoicedPaidAndCommittedAndAddUpToThePosition() {
    Budget budget = new Budget(YEAR, FundingSource.APBD, Rupiah.of(10_000_000));
    YearMonth oct = YEAR.atMonth(10);
    YearMonth nov = YEAR.atMonth(11);
    YearMonth dec = YEAR.atMonth(12);
    // 100 members on the minimum package (Rp16.800) billed in November and December; November is
    // invoiced already, so only December is committed. Another source's group does not count.
    List<BilledGroup> groups = List.of(
        new BilledGroup(nov, FundingSource.APBD, "JKK,JKM", 1_000_000, 100),
        new BilledGroup(dec, FundingSource.APBD, "JKK,JKM", 1_000_000, 100),
        new BilledGroup(dec, FundingSource.DBHCHT, "JKK,JKM", 1_000_000, 500));
    Map<YearMonth, Rupiah> invoiced = Map.of(oct, Rupiah.of(1_680_000), nov, Rupiah.of(1_680_000));
    Map<YearMonth, Rupiah> paid = Map.of(oct, Rupiah.of(1_680_000));

    BudgetRealisation r = BudgetRealisation.of(budget, groups, invoiced, paid, PRICES);

    assertThat(r.months()).hasSize(12);
    assertThat(r.months().get(9)).isEqualTo(new BudgetRealisation.MonthFigures(oct, Rupiah.ZERO, Rupiah.of(1_680_000),
        Rupiah.of(1_680_000)));
    assertThat(r.months().get(10)).isEqualTo(new BudgetRealisation.MonthFigures(nov, Rupiah.ZERO, Rupiah.of(1_680_000),
        Rupiah.ZERO));
    assertThat(r.months().get(11)).isEqualTo(new BudgetRealisation.MonthFigures(dec, Rupiah.of(1_680_000), Rupiah.ZERO,
        Rupiah.ZERO));
    assertThat(r.months().get(0).invoiced()).isEqualTo(Rupiah.ZERO);
    assertThat(List.of(r.committed(), r.invoiced(), r.paid(), r.remaining()))
        .containsExactly(Rupiah.of(1_680_000), Rupiah.of(3_360_000), Rupiah.of(1_680_000), Rupiah.of(4_960_000));

    BudgetPosition position = BudgetPositions.ofBilled(budget, groups, invoiced, dec, PRICES,
        id.ngopeni.domain.membership.MembershipPolicy.DEFAULT);
    assertThat(List.of(position.committed(), position.invoiced(), position.remaining()))
        .containsExactly(r.committed(), r.invoiced(), r.remaining());

    // The burn-down: untouched until October, then each month's premiums off the allocation.
    assertThat(r.remainingAfter(YEAR.atMonth(9))).isEqualTo(Rupiah.of(10_000_000));
    assertThat(r.remainingAfter(oct)).isEqualTo(Rupiah.of(8_320_000));
    assertThat(r.remainingAfter(nov)).isEqualTo(Rupiah.of(6_640_000));
    assertThat(r.remainingAfter(dec)).isEqualTo(r.remaining());
  }
}
