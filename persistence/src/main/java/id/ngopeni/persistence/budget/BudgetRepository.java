package id.ngopeni.persistence.budget;

import id.ngopeni.domain.budget.BilledGroup;
import id.ngopeni.domain.budget.Budget;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.VersionConflict;
import id.ngopeni.persistence.db.PgErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL for budgets and the figures a budget position is reckoned from. */
public final class BudgetRepository {
  private static final String OF_YEAR =
      "SELECT year, funding_source, allocated, version FROM budget WHERE year = $1 ORDER BY funding_source";

  /** The enrolment lock: concurrent enrolments on one source and year queue here. */
  private static final String LOCK =
      "SELECT year, funding_source, allocated, version FROM budget WHERE year = $1 AND funding_source = $2 FOR UPDATE";

  private static final String CREATE =
      """
      INSERT INTO budget (year, funding_source, allocated, updated_by) VALUES ($1, $2, $3, $4)
      RETURNING year, funding_source, allocated, version
      """;

  private static final String UPDATE =
      """
      UPDATE budget SET allocated = $3, updated_by = $4, version = version + 1, updated_at = now()
      WHERE year = $1 AND funding_source = $2 AND (version = $5 OR $5 = -1)
      RETURNING year, funding_source, allocated, version
      """;

  /**
   * Memberships billed per month ({@code Membership.isBilledFor}: active on any day of it),
   * grouped by what prices them. A membership is billed for every month from its start's month
   * to its end's month, so one pass groups them by that run of months (clipped to $2..$3) and
   * Java expands the runs: no month × membership join. Status does not matter, dates do.
   */
  private static final String BILLED_RUNS =
      """
      SELECT funding_source, array_to_string(programs, ',') AS programs, declared_income, sector,
             greatest(date_trunc('month', start_date)::date, $2::date) AS first_month,
             least(coalesce(date_trunc('month', end_date)::date, $3::date), $3::date) AS last_month,
             count(*) AS n
      FROM membership
      WHERE start_date < $3::date + interval '1 month' AND (end_date IS NULL OR end_date >= $2::date)
        AND ($1::text IS NULL OR funding_source = $1)
      GROUP BY 1, 2, 3, 4, 5, 6
      """;

  private static final String INVOICED =
      """
      SELECT funding_source, period, total FROM premium_invoice
      WHERE period >= $1 AND period <= $2 AND ($3::text IS NULL OR funding_source = $3)
      """;

  public Future<List<StoredBudget>> ofYear(SqlClient db, Year year) {
    return db.preparedQuery(OF_YEAR).execute(Tuple.of(year.getValue())).map(rows -> {
      List<StoredBudget> out = new ArrayList<>();
      rows.forEach(r -> out.add(toStored(r)));
      return out;
    });
  }

  public Future<Optional<StoredBudget>> lock(SqlClient tx, Year year, FundingSource source) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(year.getValue(), source.name()))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toStored(rows.iterator().next())));
  }

  /** Creates the budget ({@code expectedVersion} null) or changes the version the caller read (-1: whichever is stored). */
  public Future<StoredBudget> put(SqlClient tx, Budget b, Integer expectedVersion, UUID by) {
    if (expectedVersion == null) {
      return tx.preparedQuery(CREATE).execute(Tuple.of(b.year().getValue(), b.fundingSource().name(), b.allocated().amount(), by))
          .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, "budget_pkey") ? stale() : e))
          .map(rows -> toStored(rows.iterator().next()));
    }
    return tx.preparedQuery(UPDATE)
        .execute(Tuple.of(b.year().getValue(), b.fundingSource().name(), b.allocated().amount(), by, expectedVersion))
        .map(rows -> {
          if (rows.size() == 0) {
            throw stale();
          }
          return toStored(rows.iterator().next());
        });
  }

  private static VersionConflict stale() {
    return new VersionConflict(HttpError.VERSION_CONFLICT, "The budget was changed since you read it.");
  }

  public Future<List<BilledGroup>> billedGroups(SqlClient db, FundingSource sourceOrNull, YearMonth first, YearMonth last) {
    if (last.isBefore(first)) {
      return Future.succeededFuture(List.of());
    }
    return db.preparedQuery(BILLED_RUNS)
        .execute(Tuple.of(sourceOrNull == null ? null : sourceOrNull.name(), first.atDay(1), last.atDay(1)))
        .map(rows -> {
          List<BilledGroup> out = new ArrayList<>();
          for (Row r : rows) {
            FundingSource source = FundingSource.valueOf(r.getString("funding_source"));
            YearMonth to = YearMonth.from(r.getLocalDate("last_month"));
            for (YearMonth m = YearMonth.from(r.getLocalDate("first_month")); !m.isAfter(to); m = m.plusMonths(1)) {
              out.add(new BilledGroup(m, source, Sector.valueOf(r.getString("sector")), r.getString("programs"),
                  r.getLong("declared_income"), r.getLong("n")));
            }
          }
          return out;
        });
  }

  /** Invoice totals per source and month of the year. */
  public Future<Map<FundingSource, Map<YearMonth, Rupiah>>> invoiced(SqlClient db, Year year, FundingSource sourceOrNull) {
    return db.preparedQuery(INVOICED)
        .execute(Tuple.of(year.atDay(1), year.atMonth(12).atDay(1), sourceOrNull == null ? null : sourceOrNull.name()))
        .map(rows -> {
          Map<FundingSource, Map<YearMonth, Rupiah>> out = new EnumMap<>(FundingSource.class);
          for (Row r : rows) {
            out.computeIfAbsent(FundingSource.valueOf(r.getString("funding_source")), s -> new HashMap<>())
                .put(YearMonth.from(r.getLocalDate("period")), Rupiah.of(r.getLong("total")));
          }
          return out;
        });
  }

  private static StoredBudget toStored(Row r) {
    return new StoredBudget(new Budget(Year.of(r.getInteger("year")), FundingSource.valueOf(r.getString("funding_source")),
        Rupiah.of(r.getLong("allocated"))), r.getInteger("version"));
  }
}
