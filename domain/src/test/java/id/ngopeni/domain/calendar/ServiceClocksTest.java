package id.ngopeni.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.calendar.ClockReading.State;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working days on the holiday calendar an admin loads, and the 2 × 24 hour accident report. */
class ServiceClocksTest {
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  /** Nyepi, Idul Fitri and cuti bersama 2026, and Independence Day. */
  static final WorkingDayCalendar Y2026 = new WorkingDayCalendar(Set.of(
      LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
      LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 8, 17)), Set.of(2026));

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void weekendsAreNoWorkingDaysAndTheStartDayNeverCounts() {
    WorkingDayCalendar plain = WorkingDayCalendar.weekendsOnly();
    assertThat(plain.plusWorkingDays(d("2026-08-13"), 3)).as("Thursday + 3: Fri, Mon, Tue").isEqualTo(d("2026-08-18"));
    assertThat(plain.plusWorkingDays(d("2026-08-15"), 1)).as("Saturday + 1").isEqualTo(d("2026-08-17"));
    assertThat(plain.plusWorkingDays(d("2026-08-13"), 0)).isEqualTo(d("2026-08-13"));
  }

  @Test
  void pp44of2015Pasal37_jkmWithinThreeWorkingDays_holidaysDoNotCount() {
    assertThat(Y2026.plusWorkingDays(d("2026-08-13"), 3)).as("17 August is a holiday").isEqualTo(d("2026-08-19"));
    // Handed over Monday before Nyepi and Idul Fitri: Tuesday, then nothing until Wednesday 25 March.
    assertThat(Y2026.plusWorkingDays(d("2026-03-16"), 3)).isEqualTo(d("2026-03-26"));
    assertThat(Y2026.plusWorkingDays(d("2026-03-16"), 7)).as("JKK: 7 working days").isEqualTo(d("2026-04-01"));
  }

  @Test
  void aRunningClockPastItsDueWorkingDayIsOverdueByTheWorkingDaysMissed() {
    ClockReading running = ServiceClocks.workingDays(ServiceClock.JKM_PAYMENT, 3, Y2026, d("2026-08-13"), null, d("2026-08-19"));
    assertThat(running.state()).isEqualTo(State.RUNNING);
    assertThat(running.dueOn()).isEqualTo(d("2026-08-19"));
    ClockReading overdue = ServiceClocks.workingDays(ServiceClock.JKM_PAYMENT, 3, Y2026, d("2026-08-13"), null, d("2026-08-24"));
    assertThat(overdue.state()).isEqualTo(State.OVERDUE);
    assertThat(overdue.late()).as("Thu 20, Fri 21, Mon 24").isEqualTo(3);
    assertThat(overdue.calendarComplete()).isTrue();
  }

  @Test
  void aDeadlineFollowedOnlyByAWeekendIsNotYetOverdue() {
    ClockReading saturday = ServiceClocks.workingDays(ServiceClock.JKM_PAYMENT, 3, Y2026, d("2026-08-18"), null, d("2026-08-22"));
    assertThat(saturday.dueOn()).isEqualTo(d("2026-08-21"));
    assertThat(saturday.state()).isEqualTo(State.RUNNING);
  }

  @Test
  void aStoppedClockIsMetOnItsDueDayAndLateAfterIt() {
    assertThat(ServiceClocks.workingDays(ServiceClock.JKK_PAYMENT, 7, Y2026, d("2026-03-16"), d("2026-04-01"), d("2026-05-01")).state())
        .isEqualTo(State.MET);
    ClockReading late = ServiceClocks.workingDays(ServiceClock.JKK_PAYMENT, 7, Y2026, d("2026-03-16"), d("2026-04-02"), d("2026-05-01"));
    assertThat(late.state()).isEqualTo(State.MET_LATE);
    assertThat(late.late()).isEqualTo(1);
  }

  @Test
  void aYearWithoutItsHolidayListSaysTheDueDayMayComeTooEarly() {
    ClockReading acrossNewYear = ServiceClocks.workingDays(ServiceClock.JKM_PAYMENT, 3, Y2026, d("2026-12-30"), null, d("2026-12-31"));
    assertThat(acrossNewYear.dueOn()).isEqualTo(d("2027-01-04"));
    assertThat(acrossNewYear.calendarComplete()).isFalse();
  }

  @Test
  void pp44of2015Pasal27_anAccidentIsReportedWithinTwoTimes24Hours_weekendsIncluded() {
    // Accident on Friday 14 August, time unknown: it counts as at the end of that day, so the
    // report is due by the end of Sunday 16 August (WIB), weekend or not.
    Instant due = LocalDate.of(2026, 8, 17).atStartOfDay(WIB).toInstant();
    ClockReading inTime = ServiceClocks.hoursFromDay(ServiceClock.ACCIDENT_REPORT, 48, d("2026-08-14"), WIB,
        due.minusSeconds(1), due.plusSeconds(86_400));
    assertThat(inTime.dueAt()).isEqualTo(due);
    assertThat(inTime.dueOn()).isEqualTo(d("2026-08-16"));
    assertThat(inTime.state()).isEqualTo(State.MET);
    ClockReading late = ServiceClocks.hoursFromDay(ServiceClock.ACCIDENT_REPORT, 48, d("2026-08-14"), WIB,
        due.plusSeconds(1), due.plusSeconds(86_400));
    assertThat(late.state()).isEqualTo(State.MET_LATE);
    assertThat(late.late()).as("a second late is a started hour").isEqualTo(1);
    ClockReading open = ServiceClocks.hoursFromDay(ServiceClock.ACCIDENT_REPORT, 48, d("2026-08-14"), WIB,
        null, due.plusSeconds(5 * 3600));
    assertThat(open.state()).isEqualTo(State.OVERDUE);
    assertThat(open.late()).isEqualTo(5);
    assertThat(ServiceClocks.hoursFromDay(ServiceClock.ACCIDENT_REPORT, 48, d("2026-08-14"), WIB, null, due).state())
        .isEqualTo(State.RUNNING);
  }

  @Test
  void durationsAreEffectiveDated_aClockKeepsTheOneInForceWhenItStarted() {
    ServiceDurations durations = new ServiceDurations(List.of(
        new ServiceDuration(ServiceClock.JKM_PAYMENT, d("2015-07-01"), 3),
        new ServiceDuration(ServiceClock.JKM_PAYMENT, d("2027-01-01"), 5)));
    assertThat(durations.inForce(ServiceClock.JKM_PAYMENT, d("2026-12-31")).orElseThrow().amount()).isEqualTo(3);
    assertThat(durations.inForce(ServiceClock.JKM_PAYMENT, d("2027-01-01")).orElseThrow().amount()).isEqualTo(5);
    assertThat(durations.inForce(ServiceClock.JKK_PAYMENT, d("2027-01-01"))).isEmpty();
    assertThat(ServiceDurations.STATUTORY.inForce(ServiceClock.ACCIDENT_REPORT, d("2026-01-01")).orElseThrow().amount())
        .isEqualTo(48);
  }
}
