package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.Invalid;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccessPeriodTest {
  @Test
  void aPeriodIsWholeJakartaDays() {
    AccessPeriod day = new AccessPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
    assertThat(day.start()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
    assertThat(day.end()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
  }

  @Test
  void aPeriodEndsOnOrAfterItsStartAndSpansAtMostAYear() {
    assertThatThrownBy(() -> new AccessPeriod(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)))
        .isInstanceOf(Invalid.class);
    assertThat(new AccessPeriod(LocalDate.of(2025, 12, 2), LocalDate.of(2026, 12, 2)).from()).isNotNull();
    assertThatThrownBy(() -> new AccessPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 2)))
        .isInstanceOf(Invalid.class);
  }
}
