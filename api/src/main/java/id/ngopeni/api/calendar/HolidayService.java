package id.ngopeni.api.calendar;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.calendar.CalendarRepository;
import id.ngopeni.persistence.calendar.CalendarRepository.YearHolidays;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The public-holiday calendar the service clocks count working days on: one year at a time. */
public record HolidayService(AppContext context, CalendarRepository calendar) {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  /** One holiday as sent; fields are null when missing or wrong. */
  public record Holiday(LocalDate date, String name) {}

  public Future<YearHolidays> year(int year) {
    return calendar.year(context.pool(), year);
  }

  /**
   * Replaces the year's holidays as a whole (an empty list is a loaded year without holidays),
   * audited with the list before and after.
   */
  public Future<YearHolidays> replace(Caller caller, int year, List<Holiday> holidays, Violations violations) {
    Map<LocalDate, String> days = new TreeMap<>();
    for (int i = 0; i < holidays.size(); i++) {
      Holiday h = holidays.get(i);
      String at = "holidays[" + i + "].";
      if (h.date() != null && h.date().getYear() != year) {
        violations.add(at + "date", ClaimError.HOLIDAY_OUTSIDE_YEAR);
      } else if (h.date() != null && days.containsKey(h.date())) {
        violations.add(at + "date", ClaimError.HOLIDAY_DUPLICATE);
      }
      if (h.date() != null && h.name() != null) {
        days.put(h.date(), h.name());
      }
    }
    violations.throwIfAny();
    return context.pool().withTransaction(tx -> calendar.year(tx, year)
        .compose(before -> calendar.replaceYear(tx, year, days, caller.userId())
            .compose(v -> calendar.year(tx, year))
            .compose(after -> context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(),
                    "holidays.replaced", "holiday_year", Integer.toString(year), json(before), json(after)))
                .map(seq -> after))));
  }

  static JsonObject json(YearHolidays year) {
    JsonArray days = new JsonArray();
    year.days().forEach((day, name) -> days.add(new JsonObject().put("date", day.toString()).put("name", name)));
    return new JsonObject().put("year", year.year()).put("loaded", year.loaded()).put("holidays", days);
  }
}
