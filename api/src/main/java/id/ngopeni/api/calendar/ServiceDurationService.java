package id.ngopeni.api.calendar;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.calendar.ServiceClock;
import id.ngopeni.domain.calendar.ServiceDuration;
import id.ngopeni.domain.calendar.ServiceDurations;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.calendar.CalendarRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The effective-dated durations of the service clocks: everyone who sees cases reads them; an
 * ADMIN adds a row taking effect today or later (audited). A clock keeps the row in force on its
 * start day, so a change never moves a deadline already running.
 */
public final class ServiceDurationService {
  private final Pool pool;
  private final Clock clock;
  private final AuditLog audit;
  private final CalendarRepository calendar;

  public ServiceDurationService(AppContext context, CalendarRepository calendar) {
    this.pool = context.pool();
    this.clock = context.clock();
    this.audit = context.audit();
    this.calendar = calendar;
  }

  public Future<JsonObject> list() {
    LocalDate today = Jakarta.today(clock);
    return calendar.durations(pool).map(durations -> json(durations, today));
  }

  /** Adds a row; the table is locked for the check and the write, so two admins cannot both add one day. */
  public Future<JsonObject> add(Caller caller, ServiceClock clockName, LocalDate validFrom, Long amount,
      Violations violations) {
    LocalDate today = Jakarta.today(clock);
    if (clockName == null || validFrom == null || amount == null) {
      violations.throwIfAny(); // each missing or malformed one is already a violation
    }
    return pool.withTransaction(tx -> calendar.lockDurations(tx)
        .compose(v -> calendar.durations(tx))
        .compose(before -> {
          before.checkNew(violations, clockName, validFrom, amount, today);
          ServiceDuration row = new ServiceDuration(clockName, validFrom, amount.intValue());
          JsonObject after = row(row, false);
          JsonObject previous = before.inForce(clockName, validFrom).map(r -> row(r, false)).orElse(null);
          return calendar.addDuration(tx, row, caller.userId())
              .compose(v -> audit.append(tx, new AuditEvent(caller.userId(), caller.role().name(),
                  "service_duration.added", "service_duration", clockName.name() + "@" + validFrom, previous, after)))
              .map(seq -> row(row, !validFrom.isAfter(today)));
        }));
  }

  static JsonObject json(ServiceDurations durations, LocalDate today) {
    JsonArray items = new JsonArray();
    for (ServiceDuration d : durations.rows()) {
      boolean inForce = durations.inForce(d.clock(), today).map(d::equals).orElse(false);
      items.add(row(d, inForce));
    }
    return new JsonObject().put("today", today.toString()).put("items", items);
  }

  private static JsonObject row(ServiceDuration d, boolean inForce) {
    return new JsonObject()
        .put("clock", d.clock().name())
        .put("unit", d.clock().unit().name())
        .put("validFrom", d.validFrom().toString())
        .put("amount", d.amount())
        .put("regulation", d.clock().regulation())
        .put("inForce", inForce);
  }
}
