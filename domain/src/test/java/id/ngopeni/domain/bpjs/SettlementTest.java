package id.ngopeni.domain.bpjs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an overpaid month carries to the next, and what the next one then has to pay. */
class SettlementTest {
  @Test
  void aPaidMonthThatCostLessOnceReconciledCarriesTheSurplusToTheNextMonth() {
    // paid Rp33.600 for two members; BPJS priced one at PP 50/2025's Rp8.400: Rp8.400 overpaid
    Settlement january = new Settlement(33_600, 25_200, true, 33_600, 0, 0, 0);
    assertThat(january.toPay()).isEqualTo(25_200);
    assertThat(january.overpaid()).isEqualTo(8_400);
    // the next month costs Rp16.800; Rp8.400 of it is already with BPJS
    Settlement february = new Settlement(16_800, 16_800, false, 0, 8_400, 0, 0);
    assertThat(february.toPay()).isEqualTo(8_400);
  }

  @Test
  void nothingIsCarriedWhileTheInvoiceIsUnpaidOrADifferenceIsOpen() {
    assertThat(new Settlement(33_600, 25_200, false, 0, 0, 0, 0).overpaid()).isZero();
    assertThat(new Settlement(33_600, 25_200, true, 33_600, 0, 0, 1).overpaid()).isZero();
  }

  @Test
  void aCreditLargerThanTheMonthRollsOnAndNeverMakesTheAmountToPayNegative() {
    Settlement month = new Settlement(16_800, 8_400, true, 16_800, 20_000, 0, 0);
    assertThat(month.toPay()).isZero();
    assertThat(month.overpaid()).isEqualTo(16_800 + 20_000 - 8_400);
  }

  @Test
  void premiumsRefundedAfterADeathAreNotCarriedAsWell() {
    // Rp16.800 paid for a month after the death is claimed back as a refund, not carried
    Settlement month = new Settlement(33_600, 16_800, true, 33_600, 0, 16_800, 0);
    assertThat(month.overpaid()).isZero();
  }
}
