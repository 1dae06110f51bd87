package id.ngopeni.api.privacy;

import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.privacy.AccessPeriod;
import id.ngopeni.domain.privacy.UnusualReads;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.privacy.AccessLogRepository;
import id.ngopeni.persistence.privacy.AccessQuery;
import id.ngopeni.persistence.privacy.AccessRecord;
import id.ngopeni.persistence.privacy.DailyPeople;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The access log for auditors: listed by person, user and period; its unusual patterns. */
public record AccessLogService(SqlClient db, AccessLogRepository log, UnusualReads rule) {
  /** One flagged user-day with the user's name and role. */
  record Unusual(UnusualReads.Flag flag, String username, String role) {}

  Future<Slice<AccessRecord>> list(UUID personId, UUID userId, AccessPeriod period, Long before, int limit) {
    return log.list(db, query(personId == null ? null : List.of(personId), userId, period), before, limit);
  }

  /** By NIK (typed in a body): the rows naming the worker or any heir holding it; none when nobody does. */
  Future<Slice<AccessRecord>> listByNik(String nik, UUID userId, AccessPeriod period, Long before, int limit) {
    return log.peopleWithNik(db, nik).compose(people -> people.isEmpty()
        ? Future.succeededFuture(new Slice<AccessRecord>(List.of(), false))
        : log.list(db, query(people, userId, period), before, limit));
  }

  /**
   * Every user-day of {@code period} the rule flags, most people first; the counts reach back
   * the rule's window before the period, so each day is judged against the days before it.
   */
  Future<List<Unusual>> unusual(AccessPeriod period) {
    LocalDate windowStart = period.from().minusDays(rule.windowDays());
    return log.dailyPeople(db, windowStart.atStartOfDay(Jakarta.ZONE).toInstant(), period.end()).map(rows -> {
      Map<UUID, Map<LocalDate, Integer>> byUser = new LinkedHashMap<>();
      Map<UUID, DailyPeople> who = new HashMap<>();
      for (DailyPeople d : rows) {
        byUser.computeIfAbsent(d.userId(), u -> new HashMap<>()).put(d.day(), d.people());
        who.put(d.userId(), d);
      }
      List<Unusual> out = new ArrayList<>();
      byUser.forEach((user, days) -> rule.flags(user, days, period.from(), period.to())
          .forEach(f -> out.add(new Unusual(f, who.get(user).username(), who.get(user).role()))));
      out.sort(Comparator.comparingInt((Unusual u) -> u.flag().people()).reversed());
      return out;
    });
  }

  private static AccessQuery query(List<UUID> people, UUID userId, AccessPeriod period) {
    return new AccessQuery(people, userId, period == null ? null : period.start(), period == null ? null : period.end());
  }
}
