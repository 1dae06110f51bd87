package id.ngopeni.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Indonesian working days: Monday to Friday, except the public holidays (hari libur nasional
 * and cuti bersama) an admin loads for each year. A year nobody loaded counts weekends only,
 * and {@link #covers} says so, so a clock can tell its reader it may be early.
 *
 * @param holidays the public holidays of the loaded years
 * @param loadedYears the years whose holiday list an admin has loaded (an empty list still counts)
 */
public record WorkingDayCalendar(Set<LocalDate> holidays, Set<Integer> loadedYears) {

  public WorkingDayCalendar {
    holidays = Set.copyOf(holidays);
    loadedYears = Set.copyOf(loadedYears);
  }

  public static WorkingDayCalendar weekendsOnly() {
    return new WorkingDayCalendar(Set.of(), Set.of());
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * The day {@code days} working days after {@code start}; the start day itself never counts
   * (a file complete on Friday with 3 working days is due on Wednesday). Zero is the start day.
   */
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate day = start;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** How many working days lie after {@code from} up to and including {@code to}; 0 if {@code to} is not after it. */
  public int workingDaysAfter(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Whether every year from {@code from} to {@code to} has a loaded holiday list. */
  public boolean covers(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!loadedYears.contains(year)) {
        return false;
      }
    }
    return true;
  }

  /** The holidays in order, for display. */
  public Set<LocalDate> sortedHolidays() {
    return new TreeSet<>(holidays);
  }
}
