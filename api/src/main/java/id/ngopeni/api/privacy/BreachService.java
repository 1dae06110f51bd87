package id.ngopeni.api.privacy;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.privacy.BreachIncident;
import id.ngopeni.domain.privacy.BreachNotice;
import id.ngopeni.domain.privacy.NoticeAddressee;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.PrivacyError;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.privacy.AffectedPerson;
import id.ngopeni.persistence.privacy.BreachRepository;
import id.ngopeni.persistence.privacy.StoredBreach;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The breach register (issue 17, item 6): an ADMIN records a breach (the people affected are
 * computed from the access log in the same transaction) and when each addressee was notified;
 * ADMIN and AUDITOR read the register and the notices; only ADMIN lists the people, and that
 * listing is itself on the access log. Every write is audited in its transaction.
 */
public record BreachService(AppContext context, BreachRepository breaches, UserRepository users, ReadRecorder recorder) {
  Future<StoredBreach> record(Caller admin, BreachIncident incident) {
    UUID id = Ids.newId();
    return context.pool().withTransaction(tx -> sourceUser(tx, incident.sourceUserId())
        .compose(v -> breaches.insert(tx, id, incident, admin.userId()))
        .compose(affected -> found(tx, id))
        .compose(b -> context.audit().append(tx, new AuditEvent(admin.userId(), admin.role().name(), "breach.recorded",
            "breach", id.toString(), null, BreachJson.audited(b))).map(b)));
  }

  Future<StoredBreach> get(UUID id) {
    return found(context.pool(), id);
  }

  Future<Slice<StoredBreach>> list(UUID before, int limit) {
    return breaches.list(context.pool(), before, limit);
  }

  /**
   * Records that {@code to} was notified at {@code at}.
   *
   * @throws Invalid {@code at} in the future or before the breach was discovered
   * @throws Conflict {@code breach_already_notified}
   */
  Future<StoredBreach> notified(Caller admin, UUID id, NoticeAddressee to, Instant at) {
    return context.pool().withTransaction(tx -> breaches.lock(tx, id)
        .compose(exists -> exists ? found(tx, id) : Future.failedFuture(notFound()))
        .compose(before -> {
          if (at.isAfter(context.clock().instant())) {
            throw Invalid.of("at", HttpError.IN_FUTURE);
          }
          if (at.isBefore(before.discoveredAt())) {
            throw Invalid.of("at", PrivacyError.BREACH_NOTIFIED_BEFORE_DISCOVERY);
          }
          return breaches.markNotified(tx, id, to, at, admin.userId())
              .compose(marked -> marked ? found(tx, id) : Future.failedFuture(new Conflict(PrivacyError.BREACH_ALREADY_NOTIFIED)))
              .compose(after -> context.audit().append(tx, new AuditEvent(admin.userId(), admin.role().name(),
                  "breach.notified", "breach", id.toString(), BreachJson.audited(before),
                  BreachJson.audited(after).put("notified", to.name()))).map(after));
        }));
  }

  /** The people affected, a page at a time; the page's people go on the access log (names masked, none in full). */
  Future<Slice<AffectedPerson>> people(Reader reader, UUID id, UUID after, int limit) {
    return found(context.pool(), id).compose(b -> breaches.people(context.pool(), id, after, limit))
        .compose(page -> recorder.record(reader, ReadKind.SEARCH,
                page.items().stream().map(AffectedPerson::personId).toList(), Set.<PersonalField>of(), null,
                new JsonObject().put("breachId", id.toString()))
            .map(page));
  }

  /** The notice, for either addressee, with the suspected user's name. */
  Future<BreachNotice> notice(UUID id) {
    return found(context.pool(), id).map(b -> new BreachNotice(b.id(), BreachJson.incident(b), b.affected(),
        b.sourceUsername(), b.subjectsNotifiedAt()));
  }

  private Future<StoredBreach> found(SqlClient db, UUID id) {
    return breaches.find(db, id).map(b -> b.orElseThrow(BreachService::notFound));
  }

  private Future<Void> sourceUser(SqlClient tx, UUID userId) {
    if (userId == null) {
      return Future.succeededFuture();
    }
    return users.findById(tx, userId).map(u -> {
      if (u.isEmpty()) {
        throw Invalid.of("sourceUserId", HttpError.VALUE_UNKNOWN, "No such user.");
      }
      return null;
    });
  }

  static NotFound notFound() {
    return new NotFound(PrivacyError.BREACH_NOT_FOUND);
  }

  /** The data kinds in the domain's order, for the notice. */
  static Set<PersonalField> kinds(Iterable<String> wires) {
    Set<PersonalField> out = EnumSet.noneOf(PersonalField.class);
    for (String w : wires) {
      for (PersonalField f : PersonalField.values()) {
        if (f.wire().equals(w)) {
          out.add(f);
        }
      }
    }
    return out;
  }
}
