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
   * The coverage changes up to $1 per key and pricing group number (V7, V56, V60), whose sum per
   * key and group is the count active on that day: the running total of every change before the
   * fold month, plus the whole months from the fold month up to $1's month (or minus those from
   * $1's month up to the fold month, for a day before it), plus the days of $1's own month — never
   * a scan of the memberships, and a month or two of monthly sums whatever the history's length.
   * The ledgers name a group by its three columns, numbered through coverage_group. Read with the
   * fold month ({@code f}) in one statement: one snapshot. {@code :kind} is written into the
   * text, one prepared statement per kind ({@link #sql}): with the kind a parameter,
   * PostgreSQL's generic plan scanned the whole total for the 200 rows of a category (87 ms,
   * measured at 10,000,000 workers) instead of reading them from the index. {@code :within}
   * narrows the keys to those LIKE $3, an area's code and its children's ({@link #within}), or is
   * nothing for every key: a statement of its own, since with {@code key LIKE $3} and $3 =
   * {@code %} the generic plan PostgreSQL settles on after five executions expected 0.5 % of the
   * rows and sorted them all to group them (88 ms instead of 54 for a province's kelurahan,
   * measured at 2,000,000 workers).
   */
  private static final String CHANGES =
      """
      SELECT key, group_id, n FROM coverage_total WHERE kind = :kind :within
      UNION ALL
      SELECT d.key, g.id, CASE WHEN d.month < f.first THEN d.n ELSE -d.n END
      FROM coverage_delta_month d JOIN coverage_group g USING (funding_source, programs, declared_income), f
      WHERE d.kind = :kind :within AND d.month >= least(f.folded, f.first) AND d.month < greatest(f.folded, f.first)
      UNION ALL
      SELECT d.key, g.id, d.n
      FROM coverage_delta d JOIN coverage_group g USING (funding_source, programs, declared_income), f
      WHERE d.kind = :kind :within AND d.day >= f.first AND d.day <= $1
      """;

  /** Every pricing group with its number (V60): a few dozen rows, whatever the number of areas. */
  private static final String PRICING_GROUPS =
      "SELECT id, funding_source, programs, declared_income FROM coverage_group ORDER BY id";

  /**
   * Per key, the memberships active on $1 and what they cost a month: each change times the price
   * of one member of its group, priced by the domain and sent as an array indexed by the group's
   * number ($2), so the server returns one row per area instead of one per area and group (147,077
   * rows for a province's kelurahan) and no row is joined to its price. {@code unpriced}: the
   * changes of a group without a price (one numbered after the pricing groups were read).
   */
  private static final String COUNTS = """
      WITH f AS (SELECT month AS folded, date_trunc('month', $1::date)::date AS first FROM coverage_fold)
      SELECT c.key, sum(c.n)::bigint AS n, coalesce(sum(c.n * ($2::bigint[])[c.group_id]), 0)::bigint AS premium,
             count(*) FILTER (WHERE ($2::bigint[])[c.group_id] IS NULL) AS unpriced
      FROM (
      """ + CHANGES + """
      ) c
      GROUP BY c.key
      """;

  private static final String BASELINES =
      """
      SELECT b.year, b.region_code, r.level, b.workforce, b.target, b.reported_participants, b.source, b.as_of, b.version
      FROM coverage_baseline b JOIN region r ON r.code = b.region_code
      WHERE b.year = $1 ORDER BY b.region_code
      """;

  private static final String REGENCIES = "SELECT code FROM region WHERE level = 'REGENCY' ORDER BY code";

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

  /** Every pricing group, with its number ({@link #PRICING_GROUPS}). */
  public Future<List<PricingGroup>> pricingGroups(SqlClient db) {
    return db.preparedQuery(PRICING_GROUPS).execute().map(rows -> {
      List<PricingGroup> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new PricingGroup(r.getInteger("id"), FundingSource.valueOf(r.getString("funding_source")),
            r.getString("programs"), r.getLong("declared_income")));
      }
      return out;
    });
  }

  /**
   * Per key, the memberships active on {@code asOf} and their monthly premium at {@code prices};
   * for an area grouping with {@code withinOrNull}, only the areas under that region (kecamatan
   * of a regency, kelurahan of a regency or kecamatan). Empty when a change of a group without a
   * price was read: read the pricing groups again.
   */
  public Future<Optional<List<CoverageCount>>> counts(SqlClient db, Grouping grouping, LocalDate asOf,
      String withinOrNull, List<PricedGroup> prices) {
    Tuple args = Tuple.of(asOf).addArrayOfLong(byNumber(prices));
    if (withinOrNull != null) {
      args.addString(within(withinOrNull));
    }
    return db.preparedQuery(sql(COUNTS, ReportKey.of(grouping).kind, withinOrNull != null)).execute(args).map(rows -> {
      List<CoverageCount> out = new ArrayList<>(rows.size());
      for (Row r : rows) {
        if (r.getLong("unpriced") > 0) {
          return Optional.empty();
        }
        out.add(new CoverageCount(r.getString("key"), r.getLong("n"), r.getLong("premium")));
      }
      return Optional.of(out);
    });
  }

  /** The prices as an array indexed by group number (PostgreSQL's arrays start at 1); null where no group was priced. */
  static Long[] byNumber(List<PricedGroup> prices) {
    int size = prices.stream().mapToInt(p -> p.group().id()).max().orElse(0);
    Long[] out = new Long[size];
    prices.forEach(p -> out[p.group().id() - 1] = p.each());
    return out;
  }

  /**
   * The LIKE pattern of the keys under a region: region codes are hierarchical and made of digits
   * and dots only (35.73 → 35.73.02 → 35.73.02.1001), so a child's code is its parent's, a dot and
   * more; no region, every key.
   */
  static String within(String regionOrNull) {
    return regionOrNull == null ? "%" : regionOrNull + ".%";
  }

  /**
   * A statement over {@link #CHANGES} for one kind (a constant of {@link ReportKey}, never a
   * caller's text), over the keys LIKE $3 or over every key.
   */
  private static String sql(String template, String kind, boolean within) {
    return template.replace(":kind", "'" + kind + "'").replace(":within", within ? "AND key LIKE $3" : "");
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

  /** The codes of the registry's regencies (one for a city, several for a province), in code order. */
  public Future<List<String>> regencies(SqlClient db) {
    return db.preparedQuery(REGENCIES).execute().map(rows -> {
      List<String> out = new ArrayList<>();
      rows.forEach(r -> out.add(r.getString("code")));
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
