package id.ngopeni.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PremiumInvoicesTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 12, 15);

  @Test
  void invoicesCanBeGeneratedUpToNextMonth() {
    assertThat(PremiumInvoices.latestPeriod(TODAY)).isEqualTo(YearMonth.of(2026, 1));
    assertThat(PremiumInvoices.checkPeriod(YearMonth.of(2026, 1), TODAY, new Violations()).isEmpty()).isTrue();
    assertThat(PremiumInvoices.checkPeriod(YearMonth.of(2020, 1), TODAY, new Violations()).isEmpty()).isTrue();
    assertThat(PremiumInvoices.checkPeriod(YearMonth.of(2026, 2), TODAY, new Violations()).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("period", "period_too_far_ahead"));
  }

  @Test
  void aPaymentIsNotInTheFutureAndItsReferenceIsShort() {
    assertThat(PremiumInvoices.checkPayment(TODAY, "TRX-1", TODAY, new Violations()).isEmpty()).isTrue();
    assertThat(PremiumInvoices.checkPayment(TODAY, " " + "x".repeat(100) + " ", TODAY, new Violations()).isEmpty())
        .isTrue();
    assertThat(PremiumInvoices.checkPayment(TODAY.plusDays(1), "x".repeat(101), TODAY, new Violations()).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("reference", "too_long"), tuple("paidAt", "in_future"));
  }

  @Test
  void onlyAnUnpaidInvoiceCanBePaid() {
    assertThat(InvoiceStatus.payable()).containsExactly(InvoiceStatus.UNPAID);
    assertThat(InvoiceStatus.UNPAID.canBePaid()).isTrue();
    assertThat(InvoiceStatus.PAID.canBePaid()).isFalse();
  }
}
