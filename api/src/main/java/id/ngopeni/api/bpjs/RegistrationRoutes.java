package id.ngopeni.api.bpjs;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.worker.importing.Sheets;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.bpjs.RegistrationRow;
import id.ngopeni.persistence.bpjs.RegistrationStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.UUID;

/**
 * {@code /bpjs/registrations}: memberships by their standing with BPJS (PENDING, REGISTERED,
 * REFUSED), the export of the unregistered ones for BPJS's bulk registration (CSV or XLSX), and
 * BPJS's answer (CSV or XLSX upload). The export holds NIKs: ADMIN and OPERATOR only. It leaves out
 * people who asked to restrict processing; {@code Held-Back} says how many.
 */
public record RegistrationRoutes(RegistrationService service, ReadRecorder recorder) implements Feature {
  /** An answer of 100,000 rows is about 15 MiB of CSV. */
  static final long BODY_LIMIT = 32L * 1024 * 1024;
  static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String FORMAT = "bpjs.xlsx";

  enum State { PENDING, REGISTERED, REFUSED }

  enum Format { CSV, XLSX }

  @Override
  public void mount(Router api) {
    RequireRole writers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR);
    api.get("/bpjs/registrations").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR))
        .handler(this::list);
    api.get("/bpjs/registrations/export").handler(writers).handler(this::export);
    BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
    api.post("/bpjs/registrations/answers").handler(writers).handler(RegistrationRoutes::fileType)
        .handler(body::handle).handler(this::answer);
  }

  /** CSV or XLSX by Content-Type, noted for the handler; anything else 415 before the body is read. */
  static void fileType(RoutingContext ctx) {
    var xlsx = Sheets.isXlsx(ctx.request().getHeader("Content-Type"));
    if (xlsx.isEmpty()) {
      ctx.fail(new HttpProblem(BpjsError.BPJS_FORMAT_UNSUPPORTED, "Send BPJS's file as text/csv or as XLSX."));
      return;
    }
    ctx.put(FORMAT, xlsx.get());
    ctx.next();
  }

  static byte[] bytes(RoutingContext ctx) {
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    return body == null ? new byte[0] : body.getBytes();
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    State state = QueryParams.enumValue(ctx, "state", State.class);
    service.statuses(recorder.reader(ctx), state == null ? null : state.name(), cursor, limit)
        .compose(list -> {
          JsonArray items = new JsonArray();
          list.forEach(s -> items.add(json(s)));
          String next = list.size() == limit ? Paging.cursorOf(list.get(list.size() - 1).membershipId()) : null;
          return Responses.json(ctx, 200, Paging.page(items, next));
        })
        .onFailure(ctx::fail);
  }

  private void export(RoutingContext ctx) {
    Format format = QueryParams.enumValue(ctx, "format", Format.class);
    Purpose purpose = QueryParams.purpose(ctx);
    String file = "bpjs-registration." + (format == Format.XLSX ? "xlsx" : "csv");
    service.unregistered(recorder.reader(ctx), purpose, file)
        .compose(export -> {
          List<RegistrationRow> rows = export.rows();
          if (format == Format.XLSX) {
            return service.xlsx(rows, purpose != null).compose(bytes -> download(ctx, XLSX_TYPE, "xlsx", Buffer.buffer(bytes),
                export.heldBack()));
          }
          String csv = RegistrationExport.csv(rows, purpose != null); // refuses before any header is set
          return download(ctx, "text/csv; charset=utf-8", "csv", Buffer.buffer(csv), export.heldBack());
        })
        .onFailure(ctx::fail);
  }

  private static io.vertx.core.Future<Void> download(RoutingContext ctx, String type, String extension, Buffer body,
      int heldBack) {
    return ctx.response().putHeader("Content-Type", type).putHeader("Held-Back", Integer.toString(heldBack))
        .putHeader("Content-Disposition", "attachment; filename=\"bpjs-registration." + extension + "\"")
        .putHeader("Cache-Control", "private, no-store")
        .end(body);
  }

  private void answer(RoutingContext ctx) {
    service.answer(Caller.of(ctx), bytes(ctx), ctx.get(FORMAT))
        .compose(result -> Responses.json(ctx, 200, result))
        .onFailure(ctx::fail);
  }

  static JsonObject json(RegistrationStatus s) {
    return new JsonObject().put("membershipId", s.membershipId().toString()).put("workerId", s.workerId().toString())
        .put("fullName", s.fullName()).put("kelurahanCode", s.kelurahanCode()).put("fundingSource", s.fundingSource())
        .put("startDate", s.startDate().toString()).put("state", s.state()).put("kpj", s.kpj())
        .put("refusal", s.refusal()).put("answeredAt", s.answeredAt() == null ? null : s.answeredAt().toString());
  }
}
