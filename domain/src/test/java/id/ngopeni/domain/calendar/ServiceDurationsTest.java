package id.ngopeni.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.CaseError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Effective-dated durations: a clock keeps the row in force on its start day; new rows only from today. */
class ServiceDurationsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 8, 14);

  @Test
  void aClockStartedBeforeAChangeKeepsTheOldDurationAndOneStartedOnItTakesTheNew() {
    List<ServiceDuration> rows = new ArrayList<>(ServiceDurations.STATUTORY.rows());
    rows.add(new ServiceDuration(ServiceClock.JKK_PAYMENT, LocalDate.of(2026, 9, 1), 5));
    ServiceDurations durations = new ServiceDurations(rows);
    assertThat(durations.inForce(ServiceClock.JKK_PAYMENT, LocalDate.of(2026, 8, 31)).orElseThrow().amount()).isEqualTo(7);
    assertThat(durations.inForce(ServiceClock.JKK_PAYMENT, LocalDate.of(2026, 9, 1)).orElseThrow().amount()).isEqualTo(5);
    assertThat(durations.inForce(ServiceClock.JKM_PAYMENT, LocalDate.of(2026, 9, 1)).orElseThrow().amount()).isEqualTo(3);
  }

  @Test
  void aNewRowTakesEffectTodayOrLaterWithAPlausibleAmountAndNeverTwiceOnOneDay() {
    ServiceDurations durations = ServiceDurations.STATUTORY;
    assertThatThrownBy(() -> durations.checkNew(new Violations(), ServiceClock.JKM_PAYMENT, TODAY.minusDays(1), 0L, TODAY))
        .isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors()).extracting(e -> e.field() + ":" + e.code())
            .containsExactly("amount:duration_invalid", "validFrom:duration_date_in_past"));
    assertThatThrownBy(() -> durations.checkNew(new Violations(), ServiceClock.JKM_PAYMENT,
        LocalDate.of(2015, 7, 1), 3L, LocalDate.of(2015, 7, 1)))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.errorCode()).isEqualTo(CaseError.DURATION_EXISTS));
    durations.checkNew(new Violations(), ServiceClock.JKM_PAYMENT, TODAY, 365L, TODAY);
  }
}
