package id.ngopeni.domain.report;

import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.ReportError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The days a report or an audit search covers, {@code from} to {@code to} inclusive in Jakarta
 * time, at most {@link #MAX_DAYS} days: a register is printed per month, quarter or year.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
  public static final int MAX_DAYS = 366;

  /** Refuses (422 {@code report_period_invalid} on {@code to}) a period ending before it starts or too long. */
  public ReportPeriod {
    if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw Invalid.of("to", ReportError.REPORT_PERIOD_INVALID);
    }
  }

  /** A month's days, refused (422 {@code report_month_invalid} on {@code month}) if the month has not begun. */
  public static ReportPeriod month(YearMonth month, LocalDate today) {
    if (month == null || month.isAfter(YearMonth.from(today)) || month.getYear() < 2000) {
      throw Invalid.of("month", ReportError.REPORT_MONTH_INVALID);
    }
    return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
  }

  /** The last day of the period that has come: {@code to}, or today while the period runs. */
  public LocalDate lastDayBy(LocalDate today) {
    return to.isAfter(today) ? today : to;
  }

  /** The first instant of {@code from} in Jakarta. */
  public Instant start() {
    return from.atStartOfDay(Jakarta.ZONE).toInstant();
  }

  /** The first instant after {@code to} in Jakarta. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(Jakarta.ZONE).toInstant();
  }
}
