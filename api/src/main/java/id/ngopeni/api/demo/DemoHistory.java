package id.ngopeni.api.demo;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.persistence.membership.ProgramArrays;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A year of enrolment history for the demo: most workers enrolled, month by month, from DBHCHT
 * (the larger Kota Malang source) or APBD, nearly all on the minimum package at Rp1.000.000, a
 * few with JHT or a higher income, and a few who left again. Recorded after the fact, the way
 * an office loads members it enrolled before the system existed.
 */
final class DemoHistory {
  private static final String INSERT =
      """
      INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, end_date, end_reason,
                              status, version, kelurahan_code, category)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $10, $11)
      """;

  private DemoHistory() {}

  static Future<Integer> enrol(SqlClient db, List<DemoWorkers.Written> workers, YearMonth first, YearMonth current, long seed) {
    Random random = new Random(seed);
    int months = (int) (current.getYear() * 12L + current.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
    List<Tuple> rows = new ArrayList<>();
    for (DemoWorkers.Written w : workers) {
      if (random.nextInt(100) >= 82) {
        continue; // registered, not (yet) enrolled
      }
      // More enrolments early in the year, when the budget is fresh.
      int offset = Math.min(random.nextInt(months), random.nextInt(months));
      YearMonth start = first.plusMonths(offset);
      Set<Program> programs = EnumSet.of(Program.JKK, Program.JKM);
      if (random.nextInt(100) < 8) {
        programs.add(Program.JHT);
      }
      long income = random.nextInt(100) < 90 ? 1_000_000 : 1_000_000 + 500_000L * (1 + random.nextInt(4));
      FundingSource source = random.nextInt(100) < 60 ? FundingSource.DBHCHT : FundingSource.APBD;
      boolean ended = random.nextInt(100) < 3 && start.isBefore(current.minusMonths(1));
      var endDate = ended ? start.plusMonths(1).atEndOfMonth() : null;
      rows.add(Tuple.tuple().addUUID(Ids.newId()).addUUID(w.id()).addArrayOfString(ProgramArrays.of(programs))
          .addLong(income).addString(source.name()).addLocalDate(start.atDay(1 + random.nextInt(28)))
          .addLocalDate(endDate).addString(ended ? "Pindah domisili" : null).addString(ended ? "ENDED" : "ACTIVE")
          .addString(w.kelurahanCode()).addString(w.category()));
    }
    Future<Void> chain = Future.succeededFuture();
    for (int from = 0; from < rows.size(); from += 1_000) {
      List<Tuple> batch = rows.subList(from, Math.min(rows.size(), from + 1_000));
      chain = chain.compose(v -> db.preparedQuery(INSERT).executeBatch(batch).mapEmpty());
    }
    return chain.map(v -> rows.size());
  }
}
