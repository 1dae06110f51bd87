package id.ngopeni.api.santunan;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.SantunanError;
import id.ngopeni.domain.problem.VersionConflict;
import id.ngopeni.domain.santunan.Programme;
import id.ngopeni.domain.santunan.ProgrammeRules;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.payout.PayoutRepository;
import id.ngopeni.persistence.santunan.ProgrammeRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/**
 * City santunan programmes: an ADMIN creates and edits them (audited, the stored role re-read),
 * everyone else reads them with what their payouts hold of the budget ceiling.
 */
public record ProgrammeService(AppContext context, ProgrammeRepository programmes, PayoutRepository payouts) {
  public Future<JsonObject> create(Caller session, Programme draft) {
    Programme programme = ProgrammeRules.validate(draft);
    var now = context.clock().instant();
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session, Role.ADMIN)
        .compose(caller -> programmes.insert(tx, programme, caller.userId(), now)
            .compose(v -> view(tx, programme.id()))
            .compose(saved -> context.audit().append(tx, event(caller, "santunan_programme.created", null, saved))
                .map(seq -> saved))));
  }

  /**
   * Replaces the version the caller read (If-Match). The programme row is locked, so the ceiling
   * is checked against what its payouts hold at that moment ({@code ceiling_below_committed}).
   */
  public Future<JsonObject> replace(Caller session, UUID id, Programme draft, int expectedVersion) {
    Programme programme = ProgrammeRules.validate(draft);
    var now = context.clock().instant();
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session, Role.ADMIN)
        .compose(caller -> programmes.lock(tx, id).map(found -> found.orElseThrow(ProgrammeService::notFound))
            .compose(before -> payouts.committed(tx, id).compose(committed -> {
              if (before.version() != expectedVersion) {
                throw new VersionConflict(HttpError.VERSION_CONFLICT, "The programme was changed by someone else; reload and retry.");
              }
              ProgrammeRules.checkCeiling(programme.budgetCeiling(), committed);
              return programmes.update(tx, programme, expectedVersion, caller.userId(), now)
                  .compose(v -> view(tx, id))
                  .compose(saved -> context.audit()
                      .append(tx, event(caller, "santunan_programme.updated", SantunanJson.programme(before), saved))
                      .map(seq -> saved));
            }))));
  }

  public Future<JsonObject> get(UUID id) {
    return view(context.pool(), id);
  }

  public Future<JsonObject> list() {
    var db = context.pool();
    return programmes.list(db).compose(all -> {
      Future<JsonArray> items = Future.succeededFuture(new JsonArray());
      for (Programme p : all) {
        items = items.compose(array -> payouts.committed(db, p.id()).map(c -> array.add(SantunanJson.programme(p, c))));
      }
      return items.map(array -> new JsonObject().put("items", array));
    });
  }

  private Future<JsonObject> view(SqlClient db, UUID id) {
    return programmes.find(db, id).map(found -> found.orElseThrow(ProgrammeService::notFound))
        .compose(p -> payouts.committed(db, id).map(c -> SantunanJson.programme(p, c)));
  }

  private static AuditEvent event(Caller caller, String action, JsonObject before, JsonObject after) {
    JsonObject kept = after.copy();
    kept.remove("committed");
    kept.remove("budgetLeft");
    return new AuditEvent(caller.userId(), caller.role().name(), action, "santunan_programme", after.getString("id"),
        before, kept);
  }

  static UUID newId() {
    return Ids.newId();
  }

  static NotFound notFound() {
    return new NotFound(SantunanError.PROGRAMME_NOT_FOUND);
  }
}
