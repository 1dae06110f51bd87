package id.ngopeni.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.budget.BilledGroup;
import id.ngopeni.domain.budget.GroupPrices;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.TariffBook;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceEstimateTest {
  private static final GroupPrices PRICES = new GroupPrices(TariffBook.defaults());
  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  @Test
  void eachSourceIsEstimatedFromItsGroupsOfTheMonthAtTheDefaultTariffs() {
    // The minimum package (JKK 1 % + JKM Rp6.800 of Rp1.000.000) is Rp16.800; with JHT (2 %) Rp36.800.
    List<BilledGroup> groups = List.of(
        new BilledGroup(MARCH, FundingSource.DBHCHT, "JKK,JKM", 1_000_000, 3),
        new BilledGroup(MARCH, FundingSource.APBD, "JKK,JKM", 1_000_000, 10),
        new BilledGroup(MARCH, FundingSource.APBD, "JKK,JKM,JHT", 1_000_000, 2),
        new BilledGroup(MARCH.plusMonths(1), FundingSource.APBD, "JKK,JKM", 1_000_000, 99),
        new BilledGroup(MARCH, FundingSource.MANDIRI, "JKK,JKM", 1_000_000, 0));

    assertThat(InvoiceEstimate.of(MARCH, groups, PRICES)).containsExactly(
        new InvoiceEstimate(FundingSource.APBD, 12, Rupiah.of(10 * 16_800 + 2 * 36_800)),
        new InvoiceEstimate(FundingSource.DBHCHT, 3, Rupiah.of(3 * 16_800)));
  }

  @Test
  void aMonthWithNobodyBilledHasNoEstimate() {
    assertThat(InvoiceEstimate.of(MARCH, List.of(), PRICES)).isEmpty();
  }
}
