package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnusualReadsTest {
  private static final UUID CLERK = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  /** A clerk who reads about 40 people on each of 20 working days before {@code DAY}. */
  private static Map<LocalDate, Integer> usualMonth() {
    Map<LocalDate, Integer> days = new HashMap<>();
    for (int i = 1; i <= 28; i++) {
      LocalDate d = DAY.minusDays(i);
      if (d.getDayOfWeek().getValue() <= 5) {
        days.put(d, 35 + i % 10);
      }
    }
    return days;
  }

  @Test
  void theUsualDayIsTheMedianOfTheDaysWithReads() {
    assertThat(UnusualReads.usual(List.of(0, 0, 10, 30, 20, 0))).isEqualTo(20.0);
    assertThat(UnusualReads.usual(List.of(10, 20, 30, 40))).isEqualTo(25.0);
    assertThat(UnusualReads.usual(List.of(0, 0))).isEqualTo(0.0);
  }

  @Test
  void moreThanThreeTimesTheUsualDayIsFlagged() {
    Map<LocalDate, Integer> days = usualMonth();
    days.put(DAY, 400);
    List<UnusualReads.Flag> flags = UnusualReads.DEFAULT.flags(CLERK, days, DAY, DAY);
    assertThat(flags).singleElement().satisfies(f -> {
      assertThat(f.people()).isEqualTo(400);
      assertThat(f.usual()).isBetween(35.0, 44.0);
    });
  }

  @Test
  void aBusyButOrdinaryDayIsNot() {
    Map<LocalDate, Integer> days = usualMonth();
    days.put(DAY, 100); // more than usual, but under three times
    assertThat(UnusualReads.DEFAULT.flags(CLERK, days, DAY, DAY)).isEmpty();
  }

  @Test
  void belowTheFloorNothingIsFlaggedEvenForANewUser() {
    Map<LocalDate, Integer> days = new HashMap<>();
    days.put(DAY, 49);
    assertThat(UnusualReads.DEFAULT.flags(CLERK, days, DAY, DAY)).isEmpty();
    days.put(DAY, 50);
    assertThat(UnusualReads.DEFAULT.flags(CLERK, days, DAY, DAY)).singleElement()
        .satisfies(f -> assertThat(f.usual()).isZero());
  }

  @Test
  void readsOlderThanTheWindowDoNotCount() {
    Map<LocalDate, Integer> days = new HashMap<>();
    days.put(DAY.minusDays(31), 1000); // a big day long ago does not raise today's usual
    days.put(DAY, 60);
    assertThat(UnusualReads.DEFAULT.flags(CLERK, days, DAY, DAY)).hasSize(1);
  }
}
