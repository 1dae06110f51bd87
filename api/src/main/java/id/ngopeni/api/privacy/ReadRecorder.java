package id.ngopeni.api.privacy;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ClientAddress;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.persistence.privacy.AccessLogRepository;
import id.ngopeni.persistence.privacy.AccessRecord;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Puts every read of personal data on record (the access log), before the answer leaves: a read
 * whose record fails is answered as a failure. One row per request, the people as an array.
 * Reads that found nobody are not recorded (there is no one whose data was read).
 */
public final class ReadRecorder {
  private final Clock clock;
  private final AccessLogRepository log;
  private final ClientAddress clients;

  private final GroupCommit groups;

  public ReadRecorder(SqlClient reads, Clock clock, AccessLogRepository log, ClientAddress clients) {
    this.clock = clock;
    this.log = log;
    this.clients = clients;
    this.groups = new GroupCommit(reads, log);
  }

  /** The reader of this request: its caller and client address. */
  public Reader reader(RoutingContext ctx) {
    return new Reader(Caller.of(ctx), clients.of(ctx));
  }

  /**
   * Records on the pipelined reads client, committed with the other records of this event loop
   * that arrive meanwhile ({@link GroupCommit}); the future completes once it is committed.
   */
  public Future<Void> record(Reader who, ReadKind kind, Collection<UUID> people, Set<PersonalField> fields,
      Purpose purpose, JsonObject detail) {
    if (people.isEmpty()) {
      return Future.succeededFuture();
    }
    return groups.append(toRecord(who, kind, people, fields, purpose, detail));
  }

  /**
   * Records a page of a list as one {@link ReadKind#SEARCH} naming every person on it (each once;
   * items that name nobody add no one; a page naming nobody is not recorded).
   */
  public <T> Future<Void> search(Reader who, Collection<T> items, Function<T, UUID> person, Set<PersonalField> fields) {
    return record(who, ReadKind.SEARCH, items.stream().map(person).filter(Objects::nonNull).distinct().toList(), fields,
        null, null);
  }

  /** Records in {@code db}: a transaction when the read belongs to one. */
  public Future<Void> record(SqlClient db, Reader who, ReadKind kind, Collection<UUID> people, Set<PersonalField> fields,
      Purpose purpose, JsonObject detail) {
    if (people.isEmpty()) {
      return Future.succeededFuture();
    }
    return log.append(db, toRecord(who, kind, people, fields, purpose, detail));
  }

  private AccessRecord toRecord(Reader who, ReadKind kind, Collection<UUID> people, Set<PersonalField> fields,
      Purpose purpose, JsonObject detail) {
    List<String> names = fields.stream().sorted().map(PersonalField::wire).toList();
    return new AccessRecord(null, clock.instant(), who.caller().userId(), who.caller().username(),
        who.caller().role().name(), kind.name(), List.copyOf(people), names, purpose == null ? null : purpose.name(),
        who.clientIp(), detail);
  }
}
