package id.ngopeni.persistence.calendar;

import id.ngopeni.domain.calendar.ServiceClock;
import id.ngopeni.domain.calendar.ServiceDuration;
import id.ngopeni.domain.calendar.ServiceDurations;
import id.ngopeni.domain.calendar.WorkingDayCalendar;
import id.ngopeni.domain.problem.CaseError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.persistence.db.PgErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The public-holiday calendar per year and the effective-dated durations of the service clocks. */
public final class CalendarRepository {
  private static final String HOLIDAYS_BETWEEN =
      "SELECT day, name FROM public_holiday WHERE year BETWEEN $1 AND $2 ORDER BY day";
  private static final String YEARS_BETWEEN = "SELECT year FROM holiday_year WHERE year BETWEEN $1 AND $2";
  private static final String YEAR_LOADED = "SELECT EXISTS (SELECT 1 FROM holiday_year WHERE year = $1) AS loaded";
  private static final String DELETE_YEAR = "DELETE FROM public_holiday WHERE year = $1";
  private static final String UPSERT_YEAR =
      """
      INSERT INTO holiday_year (year, loaded_by) VALUES ($1, $2)
      ON CONFLICT (year) DO UPDATE SET loaded_by = EXCLUDED.loaded_by, loaded_at = now()
      """;
  private static final String LOCK_YEAR = "SELECT pg_advisory_xact_lock(hashtext('public_holiday'), $1)";
  private static final String INSERT_HOLIDAY = "INSERT INTO public_holiday (day, name) VALUES ($1, $2)";
  private static final String DURATIONS = "SELECT clock, valid_from, amount FROM service_duration ORDER BY clock, valid_from";

  /** The calendar of the years {@code fromYear} to {@code toYear}, with which of them were loaded. */
  public Future<WorkingDayCalendar> calendar(SqlClient db, int fromYear, int toYear) {
    Tuple years = Tuple.of(fromYear, toYear);
    return db.preparedQuery(HOLIDAYS_BETWEEN).execute(years).compose(days -> {
      Set<LocalDate> holidays = new HashSet<>();
      days.forEach(r -> holidays.add(r.getLocalDate("day")));
      return db.preparedQuery(YEARS_BETWEEN).execute(years).map(rows -> {
        Set<Integer> loaded = new HashSet<>();
        rows.forEach(r -> loaded.add(r.getInteger("year")));
        return new WorkingDayCalendar(holidays, loaded);
      });
    });
  }

  /** The holidays of one year in order (day → name), and whether the year was loaded at all. */
  public Future<YearHolidays> year(SqlClient db, int year) {
    return db.preparedQuery(HOLIDAYS_BETWEEN).execute(Tuple.of(year, year)).compose(rows -> {
      Map<LocalDate, String> days = new LinkedHashMap<>();
      rows.forEach(r -> days.put(r.getLocalDate("day"), r.getString("name")));
      return db.preparedQuery(YEAR_LOADED).execute(Tuple.of(year))
          .map(loaded -> new YearHolidays(year, loaded.iterator().next().getBoolean("loaded"), days));
    });
  }

  /** Replaces one year's holidays as a whole, serialised per year. */
  public Future<Void> replaceYear(SqlClient tx, int year, Map<LocalDate, String> holidays, UUID by) {
    Future<?> chain = tx.preparedQuery(LOCK_YEAR).execute(Tuple.of(year))
        .compose(v -> tx.preparedQuery(UPSERT_YEAR).execute(Tuple.of(year, by)))
        .compose(v -> tx.preparedQuery(DELETE_YEAR).execute(Tuple.of(year)));
    List<Tuple> batch = new ArrayList<>();
    holidays.forEach((day, name) -> batch.add(Tuple.of(day, name)));
    if (!batch.isEmpty()) {
      chain = chain.compose(v -> tx.preparedQuery(INSERT_HOLIDAY).executeBatch(batch));
    }
    return chain.mapEmpty();
  }

  private static final String INSERT_DURATION =
      "INSERT INTO service_duration (clock, valid_from, amount, created_by) VALUES ($1, $2, $3, $4)";
  private static final String LOCK_DURATIONS = "LOCK TABLE service_duration IN SHARE ROW EXCLUSIVE MODE";

  /** Holds every other writer of durations until commit, so "no row on that day yet" stays true. */
  public Future<Void> lockDurations(SqlClient tx) {
    return tx.query(LOCK_DURATIONS).execute().mapEmpty();
  }

  /**
   * @throws Conflict {@code duration_exists} when the clock already has a row on that day
   */
  public Future<Void> addDuration(SqlClient tx, ServiceDuration duration, UUID by) {
    return tx.preparedQuery(INSERT_DURATION)
        .execute(Tuple.of(duration.clock().name(), duration.validFrom(), duration.amount(), by))
        .<Void>mapEmpty()
        .recover(e -> PgErrors.isUniqueViolation(e, "service_duration_pkey")
            ? Future.failedFuture(new Conflict(CaseError.DURATION_EXISTS))
            : Future.failedFuture(e));
  }

  public Future<ServiceDurations> durations(SqlClient db) {
    return db.preparedQuery(DURATIONS).execute().map(rows -> {
      List<ServiceDuration> list = new ArrayList<>();
      for (Row r : rows) {
        list.add(new ServiceDuration(ServiceClock.valueOf(r.getString("clock")), r.getLocalDate("valid_from"),
            r.getInteger("amount")));
      }
      return new ServiceDurations(list);
    });
  }

  /** One year's holidays as stored. */
  public record YearHolidays(int year, boolean loaded, Map<LocalDate, String> days) {}
}
