package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.CoverageFacts;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the claim rules need from the registry and the memberships, read (never written) from
 * the tables the registry and coverage features own.
 */
public final class ClaimFactsRepository {
  /** The worker row stays locked until commit, so two death claims for one worker queue up. */
  private static final String LOCK_WORKER = "SELECT kelurahan_code FROM worker WHERE id = $1 FOR UPDATE";

  private static final String WORKER_AREA = "SELECT kelurahan_code FROM worker WHERE id = $1";

  /** The membership in force on the day; the latest start wins should two ever overlap. */
  private static final String MEMBERSHIP_ON =
      """
      SELECT start_date, end_date, programs, declared_income FROM membership
      WHERE worker_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)
      ORDER BY start_date DESC LIMIT 1
      """;

  /**
   * Months billed for this worker whose invoice is not paid, up to the incident month, with the
   * amount billed: protection follows the paid period.
   */
  private static final String UNPAID_MONTHS =
      """
      SELECT i.period, sum(l.amount) AS amount
      FROM premium_invoice_line l JOIN premium_invoice i ON i.id = l.invoice_id
      WHERE l.membership_id IN (SELECT id FROM membership WHERE worker_id = $1)
        AND i.status = 'UNPAID' AND i.period <= $2
      GROUP BY i.period
      """;

  private static final String DEATH_CLAIMED =
      """
      SELECT EXISTS (SELECT 1 FROM claim WHERE worker_id = $1 AND type IN ('JKM_DEATH', 'JKK_DEATH')
                     AND status <> 'REJECTED') AS claimed
      """;

  private static final String HEIRS =
      "SELECT id, full_name, relationship, birth_date FROM heir WHERE worker_id = $1 ORDER BY position";

  /** The worker's kelurahan, locking the worker row until commit; empty if no such worker. */
  public Future<Optional<String>> lockWorker(SqlClient tx, UUID workerId) {
    return area(tx, LOCK_WORKER, workerId);
  }

  public Future<Optional<String>> workerArea(SqlClient db, UUID workerId) {
    return area(db, WORKER_AREA, workerId);
  }

  private static Future<Optional<String>> area(SqlClient db, String sql, UUID workerId) {
    return db.preparedQuery(sql).execute(Tuple.of(workerId)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(it.next().getString("kelurahan_code")) : Optional.empty();
    });
  }

  /**
   * The coverage in force on {@code day}. Contributions count from the membership's first day,
   * less the months the city was billed for this worker and has not paid (an unpaid premium
   * invoice): the city pays the premiums of the workers it enrols, and a month it was not billed
   * for has no record saying it is unpaid.
   */
  public Future<Optional<CoverageFacts>> coverageOn(SqlClient db, UUID workerId, LocalDate day) {
    return db.preparedQuery(MEMBERSHIP_ON).execute(Tuple.of(workerId, day)).compose(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) {
        return Future.succeededFuture(Optional.<CoverageFacts>empty());
      }
      Row row = it.next();
      LocalDate start = row.getLocalDate("start_date");
      return unpaidMonths(db, workerId, day).map(unpaid -> Optional.of(new CoverageFacts(start,
          row.getLocalDate("end_date"),
          Set.copyOf(Arrays.stream(row.getArrayOfStrings("programs")).map(Program::valueOf).toList()),
          Rupiah.of(row.getLong("declared_income")), start, unpaid)));
    });
  }

  private static Future<Map<YearMonth, Rupiah>> unpaidMonths(SqlClient db, UUID workerId, LocalDate day) {
    return db.preparedQuery(UNPAID_MONTHS).execute(Tuple.of(workerId, day)).map(rows -> {
      Map<YearMonth, Rupiah> unpaid = new HashMap<>();
      for (Row r : rows) {
        unpaid.put(YearMonth.from(r.getLocalDate("period")), Rupiah.of(r.getLong("amount")));
      }
      return unpaid;
    });
  }

  /** Whether a death claim for this worker exists that was not rejected. */
  public Future<Boolean> deathClaimed(SqlClient db, UUID workerId) {
    return db.preparedQuery(DEATH_CLAIMED).execute(Tuple.of(workerId))
        .map(rows -> rows.iterator().next().getBoolean("claimed"));
  }

  public Future<List<Heir>> heirs(SqlClient db, UUID workerId) {
    return db.preparedQuery(HEIRS).execute(Tuple.of(workerId)).map(rows -> {
      List<Heir> heirs = new ArrayList<>();
      for (Row r : rows) {
        heirs.add(new Heir(r.getUUID("id"), r.getString("full_name"), null,
            HeirRelationship.valueOf(r.getString("relationship")), r.getLocalDate("birth_date")));
      }
      return heirs;
    });
  }
}
