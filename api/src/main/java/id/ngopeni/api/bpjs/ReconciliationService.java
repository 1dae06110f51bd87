package id.ngopeni.api.bpjs;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.bpjs.DifferenceRepository;
import id.ngopeni.persistence.bpjs.ReconciliationRepository;
import id.ngopeni.persistence.bpjs.RegistrationRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monthly reconciliation with BPJS's bill: one transaction streams the file in, refuses it
 * whole if any row is wrong (bad cells, unknown or repeated participants), and writes the
 * differences; the same file again gives the first answer and changes nothing.
 */
public record ReconciliationService(AppContext context, ReconciliationRepository reconciliations,
    DifferenceRepository differences, RegistrationRepository files) {
  public static final String BILL = "BILL";

  /** {@code replayed} says the same file had been imported before (nothing changed now). */
  public Future<JsonObject> reconcile(Caller caller, YearMonth period, BodyToFile.Stored file, boolean xlsx) {
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, caller, Role.ADMIN, Role.OPERATOR)
            .compose(acting -> files.lockKind(tx, BILL))
            .compose(v -> files.file(tx, BILL, file.sha256()))
            .compose(done -> {
              if (done.isPresent()) {
                UUID id = UUID.fromString(done.get().result().getString("reconciliationId"));
                return summary(tx, id).map(json -> replayed(json, period));
              }
              return reconciliations.ofPeriod(tx, period.atDay(1)).compose(existing -> {
                if (existing.isPresent()) {
                  throw new Conflict(BpjsError.RECONCILIATION_EXISTS);
                }
                return load(tx, caller, period, file, xlsx);
              });
            }))
        .eventually(() -> context.vertx().fileSystem().delete(file.path().toString()).recover(e -> Future.succeededFuture()));
  }

  private Future<JsonObject> load(SqlClient tx, Caller caller, YearMonth period, BodyToFile.Stored file, boolean xlsx) {
    UUID id = Ids.newId();
    UUID fileId = Ids.newId();
    BillImport bill = new BillImport(context.vertx(), reconciliations, tx, id);
    return files.recordFile(tx, fileId, BILL, file.sha256(), 0, new JsonObject().put("reconciliationId", id.toString()),
            caller.userId())
        .compose(v -> reconciliations.create(tx, id, period.atDay(1), fileId, caller.userId()))
        .compose(v -> bill.run(file.path(), xlsx))
        .compose(violations -> {
          rejectIfAny(violations);
          return reconciliations.unknownRows(tx, id, BillImport.MAX_ERRORS)
              .compose(unknown -> reconciliations.repeatedRows(tx, id, BillImport.MAX_ERRORS).map(repeated -> {
                unknown.forEach(row -> violations.add("rows[" + row + "].nik", BpjsError.PARTICIPANT_UNKNOWN));
                repeated.forEach(row -> violations.add("rows[" + row + "].nik", BpjsError.PARTICIPANT_REPEATED));
                rejectIfAny(violations);
                return null;
              }));
        })
        .compose(v -> reconciliations.classify(tx, id, period.atDay(1)))
        .compose(v -> files.fileRows(tx, fileId, bill.rows()))
        .compose(v -> summary(tx, id))
        .compose(json -> context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(),
                "bpjs.reconciliation_imported", "bpjs_reconciliation", id.toString(), null,
                new JsonObject().put("period", period.toString()).put("rows", json.getInteger("rows"))
                    .put("matched", json.getInteger("matched")).put("open", json.getInteger("open"))))
            .map(seq -> json.put("replayed", false)));
  }

  private static void rejectIfAny(Violations violations) {
    if (!violations.isEmpty()) {
      throw new Invalid(BpjsError.BPJS_FILE_REJECTED, "Nothing was applied: " + violations.errors().size()
          + " error(s) listed (at most " + BillImport.MAX_ERRORS + " rows).", violations.errors());
    }
  }

  public Future<JsonObject> get(UUID id) {
    return summary(context.pool(), id);
  }

  public Future<List<JsonObject>> recent() {
    SqlClient db = context.pool();
    return differences.recent(db).compose(ids -> {
      Future<List<JsonObject>> all = Future.succeededFuture(new java.util.ArrayList<>());
      for (UUID id : ids) {
        all = all.compose(list -> summary(db, id).map(json -> {
          list.add(json);
          return list;
        }));
      }
      return all;
    });
  }

  /**
   * The same bytes again answer the first result, but only for the month they were reconciled as:
   * a bill names its month, so the same file offered for another month is the wrong file.
   */
  private static JsonObject replayed(JsonObject first, YearMonth period) {
    String month = period.toString();
    if (!month.equals(first.getString("period"))) {
      throw new Conflict(BpjsError.BILL_OF_ANOTHER_MONTH,
          "This file was already reconciled as the bill of " + first.getString("period") + ", not " + month + ".",
          Map.of("reconciledPeriod", first.getString("period")));
    }
    return first.put("replayed", true);
  }

  private Future<JsonObject> summary(SqlClient db, UUID id) {
    return differences.summary(db, id).map(found -> BpjsJson.summary(found.orElseThrow(
        () -> new NotFound(BpjsError.RECONCILIATION_NOT_FOUND))));
  }
}
