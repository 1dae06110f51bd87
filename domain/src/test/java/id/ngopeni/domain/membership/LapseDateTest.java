package id.ngopeni.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LapseDateTest {
  @Test
  void coverEndsBeforeTheRunOfUnpaidMonths() {
    // Generating May after February, March and April went unpaid: covered to the end of January.
    assertThat(MembershipPolicy.DEFAULT.lapseDate(YearMonth.of(2025, 5))).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(MembershipPolicy.DEFAULT.lapseDate(YearMonth.of(2025, 3))).isEqualTo(LocalDate.of(2024, 11, 30));
  }
}
