package id.ngopeni.api.demo;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipStatus;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.membership.WorkerRef;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A year of enrolment history for the demo: most workers enrolled, month by month, from DBHCHT
 * (the larger Kota Malang source) or APBD, nearly all on the minimum package at Rp1.000.000, a
 * few with JHT or a higher income, and a few who left again. Recorded after the fact, the way
 * an office loads members it enrolled before the system existed.
 */
final class DemoHistory {
  private DemoHistory() {}

  static Future<Integer> enrol(SqlClient db, MembershipRepository memberships, List<DemoWorkers.Written> workers,
      YearMonth first, YearMonth current, long seed) {
    Random random = new Random(seed);
    int months = (int) (current.getYear() * 12L + current.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
    List<Membership> recorded = new ArrayList<>();
    Map<UUID, WorkerRef> refs = new HashMap<>();
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
      LocalDate startDate = start.atDay(1 + random.nextInt(28));
      LocalDate endDate = ended ? start.plusMonths(1).atEndOfMonth() : null;
      recorded.add(new Membership(Ids.newId(), w.id(), programs, Rupiah.of(income), source, startDate, endDate,
          ended ? "Pindah domisili" : null, ended ? MembershipStatus.ENDED : MembershipStatus.ACTIVE, 0));
      refs.put(w.id(), new WorkerRef(w.id(), w.kelurahanCode(), w.category()));
    }
    return memberships.insertRecorded(db, recorded, refs);
  }
}
