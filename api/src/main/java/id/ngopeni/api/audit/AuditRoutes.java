package id.ngopeni.api.audit;

import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.Idempotency;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.report.ReportFormat;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.report.ReportSize;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.persistence.audit.AuditQuery;
import id.ngopeni.persistence.audit.AuditRow;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail for AUDITOR and ADMIN: {@code GET /audit} (newest first, by entity, person,
 * actor, action and period), {@code POST /audit/by-nik} (the same for the person holding a NIK,
 * typed in the body), {@code POST /audit/export} (the filtered trail as CSV or XLSX),
 * {@code GET /audit/actors} (who acted, to choose by name), {@code GET /audit/verify} and the
 * checkpoints.
 */
public record AuditRoutes(AuditService service, ReadRecorder recorder) implements Feature {
  /** The export's file formats. */
  enum Format { CSV, XLSX }

  @Override
  public void mount(Router api) {
    RequireRole readers = RequireRole.anyOf(Role.AUDITOR, Role.ADMIN);
    api.get("/audit").handler(readers).handler(this::list);
    api.post("/audit/by-nik").handler(readers).handler(Idempotency.READ_ONLY).handler(this::byNik);
    api.post("/audit/export").handler(readers).handler(Idempotency.READ_ONLY).handler(this::export);
    api.get("/audit/actors").handler(readers).handler(this::actors);
    api.get("/audit/verify").handler(readers).handler(this::verify);
    api.get("/audit/checkpoints").handler(readers).handler(this::checkpoints);
    api.post("/audit/checkpoints").handler(readers).handler(this::checkpoint);
  }

  private void list(RoutingContext ctx) {
    Violations v = new Violations();
    AuditQuery q = AuditFilters.read(ctx.queryParams()::get, v);
    v.throwIfAny();
    int limit = Paging.limit(ctx);
    page(ctx, service.page(recorder.reader(ctx), q, Paging.longCursor(ctx), limit));
  }

  private void byNik(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    String nik = in.string("nik", true);
    AuditQuery q = AuditFilters.read(name -> name.equals("workerId") ? null : in.string(name, false), in.violations());
    in.requireValid();
    String digits = Nik.parse(nik).value();
    page(ctx, service.pageByNik(recorder.reader(ctx), digits, q, Paging.longCursor(ctx), Paging.limit(ctx)));
  }

  private void export(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.optionalObject(ctx));
    String nik = in.string("nik", false);
    Format format = in.enumValue("format", Format.class, false);
    AuditQuery q = AuditFilters.read(name -> in.string(name, false), in.violations());
    if (nik != null && q.workerId() != null) {
      in.violations().add("nik", HttpError.VALUE_UNKNOWN, "A person by NIK or by workerId, not both.");
    }
    in.requireValid();
    String digits = nik == null ? null : Nik.parse(nik).value();
    Format f = format == null ? Format.XLSX : format;
    service.export(recorder.reader(ctx), digits, q, ReportSize.XLSX, f.name())
        .compose(rows -> {
          if (f == Format.CSV) {
            return ReportFormat.attachment(ctx, "text/csv; charset=utf-8", "jejak-audit.csv",
                Buffer.buffer(AuditSheet.csv(rows).getBytes(StandardCharsets.UTF_8)));
          }
          String filters = AuditFilters.describe(q, name(rows, r -> Objects.equals(r.entry().actorId(), q.actorId())
              ? r.actorName() : null), digits != null || q.workerId() != null ? name(rows, AuditRow::workerName) : null);
          return ReportFormat.XLSX.send(ctx, AuditSheet.report(rows, filters, service.now(),
              recorder.reader(ctx).caller().username()));
        })
        .onFailure(ctx::fail);
  }

  /** The first name {@code of} gives among the rows (the actor's or the person's, for the heading). */
  private static String name(List<AuditRow> rows, java.util.function.Function<AuditRow, String> of) {
    return rows.stream().map(of).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private void actors(RoutingContext ctx) {
    service.actors().compose(all -> {
      JsonArray items = new JsonArray();
      all.forEach(a -> items.add(new JsonObject().put("id", a.id().toString()).put("username", a.username())
          .put("role", a.role())));
      return Responses.json(ctx, 200, new JsonObject().put("items", items));
    }).onFailure(ctx::fail);
  }

  private static void page(RoutingContext ctx, Future<Slice<AuditRow>> page) {
    page.compose(slice -> {
      JsonArray items = new JsonArray();
      slice.items().forEach(r -> items.add(AuditJson.entry(r)));
      String next = slice.hasMore() ? Paging.cursorOf(slice.items().get(slice.items().size() - 1).entry().seq()) : null;
      return Responses.json(ctx, 200, Paging.page(items, next));
    }).onFailure(ctx::fail);
  }

  private void verify(RoutingContext ctx) {
    service.verify()
        .compose(v -> Responses.json(ctx, 200, AuditJson.verification(v)))
        .onFailure(ctx::fail);
  }

  /** The signed checkpoints as JSON lines, newest last: keep a copy where the server cannot reach. */
  private void checkpoints(RoutingContext ctx) {
    service.exportCheckpoints()
        .onSuccess(lines -> ctx.response().putHeader("Content-Type", "application/x-ndjson; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename=\"audit-checkpoints.jsonl\"").end(lines))
        .onFailure(ctx::fail);
  }

  /** Signs the chain's head into the checkpoint file now (e.g. before a backup is taken). */
  private void checkpoint(RoutingContext ctx) {
    service.checkpoint()
        .compose(written -> Responses.json(ctx, 201, written
            .map(c -> new JsonObject().put("seq", c.seq()).put("at", c.at().toString()))
            .orElse(new JsonObject().put("seq", 0))))
        .onFailure(ctx::fail);
  }
}
