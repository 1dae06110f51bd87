package id.ngopeni.api.bpjs;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.user.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code POST /workers/{id}/death} (a registry update: the date of death stops the bill) and
 * {@code /bpjs/refunds} (premiums paid for months after a death, until BPJS has refunded them;
 * each page on record in the access log).
 */
public record DeathRoutes(DeathService deaths, RefundService refunds, ReadRecorder recorder) implements Feature {
  enum Status { DUE, RECEIVED }

  @Override
  public void mount(Router api) {
    RequireRole writers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR);
    api.post("/workers/:id/death").handler(writers).handler(this::death);
    api.get("/bpjs/refunds").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR)).handler(this::list);
    api.post("/bpjs/refunds/:id/received").handler(writers).handler(this::received);
  }

  private void death(RoutingContext ctx) {
    UUID workerId = ReconciliationRoutes.pathId(ctx, WorkerError.WORKER_NOT_FOUND);
    Fields f = new Fields(JsonInput.object(ctx));
    LocalDate date = f.date("deathDate", true);
    Violations v = f.finish();
    deaths.recordFromRegistry(Caller.of(ctx), workerId, date, v)
        .compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    Status status = QueryParams.enumValue(ctx, "status", Status.class);
    refunds.list(recorder.reader(ctx), status == null ? null : status.name(), cursor, limit)
        .compose(items -> Responses.json(ctx, 200, Paging.pageById(items, limit)))
        .onFailure(ctx::fail);
  }

  private void received(RoutingContext ctx) {
    UUID id = ReconciliationRoutes.pathId(ctx, BpjsError.REFUND_NOT_FOUND);
    Fields f = new Fields(JsonInput.object(ctx));
    LocalDate on = f.date("receivedOn", true);
    String reference = f.string("reference", true);
    Violations v = f.finish();
    refunds.received(Caller.of(ctx), id, on, reference, v)
        .compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }
}
