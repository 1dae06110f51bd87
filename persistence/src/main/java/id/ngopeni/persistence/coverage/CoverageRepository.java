package id.ngopeni.persistence.coverage;

import id.ngopeni.domain.coverage.Baseline;
import id.ngopeni.domain.coverage.Grouping;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.VersionConflict;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.reference.RegionRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL for the coverage report and its baselines. */
public final class CoverageRepository {
  /**
   * Memberships active on $1 per key and pricing group: the sum of the coverage changes up to that
   * day (V7, V56), read as the running total of every change before the fold month, plus the whole
   * months from the fold month up to $1's month (or minus those from $1's month up to the fold
   * month, for a day before it), plus the days of $1's own month — never a scan of the memberships,
   * and a month or two of monthly sums whatever the history's length. One statement: the fold
   * month and the total are read from one snapshot. {@code :kind} is written into the text, one
   * prepared statement per kind ({@link #activeOn}): with the kind a parameter, PostgreSQL's generic
   * plan scanned the whole total for the 200 rows of a category (87 ms, measured at 10,000,000
   * workers) instead of reading them from the index. $2 narrows the keys to those LIKE it: an
   * area's code and its children's ({@link #within}), or every key ({@code %}).
   */
  private static final String ACTIVE_ON =
      """
      WITH f AS (SELECT month AS folded, date_trunc('month', $1::date)::date AS first FROM coverage_fold)
      SELECT key, funding_source, programs, declared_income, sum(n) AS n
      FROM (
        SELECT key, funding_source, programs, declared_income, n FROM coverage_total WHERE kind = :kind AND key LIKE $2
        UNION ALL
        SELECT key, funding_source, programs, declared_income, CASE WHEN month < f.first THEN n ELSE -n END
        FROM coverage_delta_month, f
        WHERE kind = :kind AND key LIKE $2 AND month >= least(f.folded, f.first) AND month < greatest(f.folded, f.first)
        UNION ALL
        SELECT key, funding_source, programs, declared_income, n FROM coverage_delta, f
        WHERE kind = :kind AND key LIKE $2 AND day >= f.first AND day <= $1
      ) changes
      GROUP BY 1, 2, 3, 4
      HAVING sum(n) <> 0
      """;

  private static final String BASELINES =
      """
      SELECT b.year, b.region_code, r.level, b.workforce, b.target, b.reported_participants, b.source, b.as_of, b.version
      FROM coverage_baseline b JOIN region r ON r.code = b.region_code
      WHERE b.year = $1 ORDER BY b.region_code
      """;

  private static final String CREATE_BASELINE =
      """
      INSERT INTO coverage_baseline (year, region_code, workforce, target, reported_participants, updated_by, source, as_of)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      RETURNING year, region_code, workforce, target, reported_participants, source, as_of, version
      """;

  private static final String UPDATE_BASELINE =
      """
      UPDATE coverage_baseline SET workforce = $3, target = $4, reported_participants = $5, updated_by = $6,
                                   source = $8, as_of = $9, version = version + 1, updated_at = now()
      WHERE year = $1 AND region_code = $2 AND (version = $7 OR $7 = -1)
      RETURNING year, region_code, workforce, target, reported_participants, source, as_of, version
      """;

  /**
   * The groups active on {@code asOf}; for an area grouping with {@code withinOrNull}, only the
   * areas under that region (kecamatan of a regency, kelurahan of a regency or kecamatan).
   */
  public Future<List<CoverageGroup>> groups(SqlClient db, Grouping grouping, LocalDate asOf, String withinOrNull) {
    return db.preparedQuery(activeOn(ReportKey.of(grouping))).execute(Tuple.of(asOf, within(withinOrNull))).map(rows -> {
      List<CoverageGroup> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new CoverageGroup(r.getString("key"), FundingSource.valueOf(r.getString("funding_source")),
            r.getString("programs"), r.getLong("declared_income"), r.getLong("n")));
      }
      return out;
    });
  }

  /**
   * The LIKE pattern of the keys under a region: region codes are hierarchical and made of digits
   * and dots only (35.73 → 35.73.02 → 35.73.02.1001), so a child's code is its parent's, a dot and
   * more; no region, every key.
   */
  static String within(String regionOrNull) {
    return regionOrNull == null ? "%" : regionOrNull + ".%";
  }

  /** {@link #ACTIVE_ON} for one kind (a constant of {@link ReportKey}, never a caller's text). */
  private static String activeOn(ReportKey key) {
    return ACTIVE_ON.replace(":kind", "'" + key.kind + "'");
  }

  /**
   * Folds the coverage changes before {@code month} into the running total (V56's
   * coverage_fold_to): true when the fold month moved, false when it already stood there or later.
   */
  public Future<Boolean> foldTo(SqlClient db, LocalDate month) {
    return db.preparedQuery("SELECT coverage_fold_to($1)").execute(Tuple.of(month))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  /** Every key of the grouping (under {@code withinOrNull}, for an area grouping) with its display name, in display order. */
  public Future<Map<String, String>> names(SqlClient db, Grouping grouping, String withinOrNull) {
    ReportKey key = ReportKey.of(grouping);
    Tuple args = grouping.isArea() ? Tuple.of(within(withinOrNull)) : Tuple.tuple();
    return db.preparedQuery(key.namesSql).execute(args).map(rows -> {
      Map<String, String> out = new LinkedHashMap<>();
      rows.forEach(r -> out.put(r.getString("code"), r.getString("name")));
      return out;
    });
  }

  public Future<List<StoredBaseline>> baselines(SqlClient db, int year) {
    return db.preparedQuery(BASELINES).execute(Tuple.of(year)).map(rows -> {
      List<StoredBaseline> out = new ArrayList<>();
      rows.forEach(r -> out.add(toBaseline(r, r.getString("level"))));
      return out;
    });
  }

  public Future<Optional<String>> regionLevel(SqlClient db, String code) {
    return new RegionRepository().level(db, code);
  }

  /** Creates ({@code expectedVersion} null) or changes the version the caller read (-1: whichever is stored). */
  public Future<StoredBaseline> put(SqlClient tx, Baseline b, Integer expectedVersion, UUID by) {
    if (expectedVersion == null) {
      return tx.preparedQuery(CREATE_BASELINE)
          .execute(Tuple.of(b.year(), b.regionCode(), b.workforce(), b.target(), b.reportedParticipants(),
              by, b.source(), b.asOf()))
          .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, "coverage_baseline_pkey") ? stale() : e))
          .map(rows -> toBaseline(rows.iterator().next(), b.level()));
    }
    return tx.preparedQuery(UPDATE_BASELINE)
        .execute(Tuple.of(b.year(), b.regionCode(), b.workforce(), b.target(), b.reportedParticipants(), by,
            expectedVersion, b.source(), b.asOf()))
        .map(rows -> {
          if (rows.size() == 0) {
            throw stale();
          }
          return toBaseline(rows.iterator().next(), b.level());
        });
  }

  private static VersionConflict stale() {
    return new VersionConflict(HttpError.VERSION_CONFLICT, "The baseline was changed since you read it.");
  }

  private static StoredBaseline toBaseline(Row r, String level) {
    return new StoredBaseline(new Baseline(r.getInteger("year"), r.getString("region_code"), level, r.getLong("workforce"),
        r.getLong("target"), r.getLong("reported_participants"), r.getString("source"), r.getLocalDate("as_of")),
        r.getInteger("version"));
  }
}
