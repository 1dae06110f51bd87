package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BreachClockTest {
  private static final Instant FOUND = Instant.parse("2026-03-06T08:00:00Z"); // a Friday, 15.00 WIB

  @Test
  void uuPdpPasal46GivesThreeTimesTwentyFourHoursWeekendIncluded() {
    BreachClock clock = new BreachClock(FOUND);
    assertThat(clock.dueBy()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z")); // Monday, not the third working day
    assertThat(clock.remaining(FOUND.plus(Duration.ofHours(70)))).isEqualTo(Duration.ofHours(2));
    assertThat(clock.remaining(FOUND.plus(Duration.ofHours(75)))).isEqualTo(Duration.ofHours(-3));
  }

  @Test
  void eachAddresseeIsPendingOverdueOnTimeOrLate() {
    BreachClock clock = new BreachClock(FOUND);
    Instant due = clock.dueBy();
    assertThat(clock.state(null, due)).isEqualTo(BreachClock.State.PENDING);
    assertThat(clock.state(null, due.plusSeconds(1))).isEqualTo(BreachClock.State.OVERDUE);
    assertThat(clock.state(due, due.plusSeconds(3600))).isEqualTo(BreachClock.State.ON_TIME);
    assertThat(clock.state(due.plusSeconds(1), due.plusSeconds(3600))).isEqualTo(BreachClock.State.LATE);
  }
}
