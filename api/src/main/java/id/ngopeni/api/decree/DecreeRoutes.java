package id.ngopeni.api.decree;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.PathParams;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.claim.DecisionReason;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.decree.DecreeMember;
import id.ngopeni.persistence.decree.NotReverifiedWorker;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Recipient decrees: ADMIN makes one (the cohort from the source's active memberships, or from a
 * re-verification of last year's decree); the office reads them, pages through the cohort and
 * downloads the list as XLSX or as the PDF for signature (NIKs masked in both; people who asked
 * to restrict processing left out, {@code Held-Back} says how many); ADMIN or an
 * APPROVER grants an audited exception; ADMIN or an OPERATOR re-verifies a cohort. The pages and
 * the list that name people are on record in the access log.
 */
public record DecreeRoutes(DecreeService decrees, ReverificationService reverifications, Vertx vertx,
    ReadRecorder recorder) implements Feature {
  static final RequireRole OFFICE = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.APPROVER, Role.AUDITOR);
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The list's file formats. */
  enum Format { XLSX, PDF }


  @Override
  public void mount(Router api) {
    api.post("/decrees").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::create);
    api.get("/decrees").handler(OFFICE).handler(this::list);
    api.get("/decrees/:id").handler(OFFICE).handler(this::get);
    api.get("/decrees/:id/members").handler(OFFICE).handler(this::members);
    api.get("/decrees/:id/list").handler(OFFICE).handler(this::export);
    api.post("/decrees/:id/exceptions").handler(RequireRole.anyOf(Role.ADMIN, Role.APPROVER)).handler(this::except);
    api.post("/decrees/:id/reverifications").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR)).handler(this::reverify);
    api.get("/decrees/:id/reverifications").handler(OFFICE).handler(this::runs);
    api.get("/reverifications/:id").handler(OFFICE).handler(this::run);
    api.get("/reverifications/:id/not-reverified").handler(OFFICE).handler(this::notReverified);
    api.get("/decree-requirements").handler(OFFICE).handler(this::requirements);
    api.put("/decree-requirements/:fundingSource").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::setRequirement);
  }

  private void requirements(RoutingContext ctx) {
    decrees.requirements().compose(all -> {
      JsonArray items = new JsonArray();
      all.forEach((source, required) -> items.add(DecreeJson.requirement(source, required)));
      return Responses.json(ctx, 200, new JsonObject().put("items", items));
    }).onFailure(ctx::fail);
  }

  private void setRequirement(RoutingContext ctx) {
    FundingSource source = PathParams.fundingSource(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    Boolean required = in.bool("requiresDecree", true);
    in.requireValid();
    decrees.setRequirement(Caller.of(ctx), source, required).compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    FundingSource source = in.enumValue("fundingSource", FundingSource.class, true);
    Long year = in.wholeNumber("year", true);
    String number = in.string("number", true);
    var decreeDate = in.date("decreeDate", true);
    String rule = in.string("earmarkRule", false);
    DecreeService.Basis basis = in.enumValue("basis", DecreeService.Basis.class, true);
    UUID reverificationId = in.uuid("reverificationId", false);
    Violations v = in.finish();
    Integer y = year == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, year));
    if (y != null && (y < 2000 || y > 2200)) {
      v.add("year", HttpError.VALUE_UNKNOWN, "A year from 2000 to 2200.");
    }
    decrees.create(Caller.of(ctx), new DecreeService.Header(source, y, number, decreeDate, rule, basis, reverificationId), v)
        .compose(d -> {
          ctx.response().putHeader("Location", "/api/v1/decrees/" + d.id());
          return Responses.json(ctx, 201, DecreeJson.decree(d));
        })
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    FundingSource source = QueryParams.enumValue(ctx, "fundingSource", FundingSource.class);
    String yearText = ctx.queryParams().get("year");
    Integer year = yearText == null || yearText.isEmpty() ? null : year(yearText);
    decrees.list(source, year).compose(list -> {
      JsonArray items = new JsonArray();
      list.forEach(d -> items.add(DecreeJson.decree(d)));
      return Responses.json(ctx, 200, new JsonObject().put("items", items));
    }).onFailure(ctx::fail);
  }

  private static Integer year(String text) {
    if (text.length() == 4 && text.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(text);
    }
    throw id.ngopeni.domain.problem.Invalid.of("year", HttpError.PARAMETER_MALFORMED, "A year of four digits.");
  }

  private void get(RoutingContext ctx) {
    decrees.get(id(ctx, DecreeService::notFound)).compose(d -> Responses.json(ctx, 200, DecreeJson.decree(d)))
        .onFailure(ctx::fail);
  }

  private void members(RoutingContext ctx) {
    UUID id = id(ctx, DecreeService::notFound);
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    page(ctx, decrees.members(recorder.reader(ctx), id, cursor, limit), DecreeJson::member, DecreeMember::workerId);
  }

  private void export(RoutingContext ctx) {
    UUID id = id(ctx, DecreeService::notFound);
    Format format = QueryParams.enumValue(ctx, "format", Format.class);
    Format f = format == null ? Format.XLSX : format;
    decrees.cohort(recorder.reader(ctx), id, f.name().toLowerCase(java.util.Locale.ROOT))
        .compose(c -> vertx.executeBlocking(() -> f == Format.PDF ? DecreePdf.of(c.decree(), c.members(), c.heldBack())
            : DecreeXlsx.of(c.decree(), c.members(), c.heldBack()))
            .compose(bytes -> download(ctx, c, f, bytes)))
        .onFailure(ctx::fail);
  }

  private static Future<Void> download(RoutingContext ctx, DecreeService.Cohort c, Format f, byte[] bytes) {
    return ctx.response().putHeader("Content-Type", f == Format.PDF ? "application/pdf" : XLSX)
        .putHeader("Held-Back", Integer.toString(c.heldBack()))
        .putHeader("Content-Disposition", "attachment; filename=\"" + c.fileName() + "\"")
        .putHeader("Cache-Control", "private, no-store")
        .end(Buffer.buffer(bytes));
  }

  private void except(RoutingContext ctx) {
    UUID id = id(ctx, DecreeService::notFound);
    Fields in = new Fields(JsonInput.object(ctx));
    UUID workerId = in.uuid("workerId", true);
    String reason = in.string("reason", true);
    in.requireValid();
    String why = DecisionReason.require(reason);
    decrees.except(Caller.of(ctx), id, workerId, why)
        .compose(json -> Responses.json(ctx, json.getBoolean("created") ? 201 : 200, json))
        .onFailure(ctx::fail);
  }

  private void reverify(RoutingContext ctx) {
    UUID id = id(ctx, DecreeService::notFound);
    new Fields(JsonInput.optionalObject(ctx)).requireValid();
    reverifications.run(Caller.of(ctx), id).compose(run -> {
      ctx.response().putHeader("Location", "/api/v1/reverifications/" + run.id());
      return Responses.json(ctx, 201, DecreeJson.run(run));
    }).onFailure(ctx::fail);
  }

  private void runs(RoutingContext ctx) {
    reverifications.ofDecree(id(ctx, DecreeService::notFound)).compose(list -> {
      JsonArray items = new JsonArray();
      list.forEach(r -> items.add(DecreeJson.run(r)));
      return Responses.json(ctx, 200, new JsonObject().put("items", items));
    }).onFailure(ctx::fail);
  }

  private void run(RoutingContext ctx) {
    reverifications.get(id(ctx, ReverificationService::notFound)).compose(r -> Responses.json(ctx, 200, DecreeJson.run(r)))
        .onFailure(ctx::fail);
  }

  private void notReverified(RoutingContext ctx) {
    UUID id = id(ctx, ReverificationService::notFound);
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    page(ctx, reverifications.notReverified(recorder.reader(ctx), id, cursor, limit), DecreeJson::notReverified,
        NotReverifiedWorker::workerId);
  }

  /** Answers a keyset page: its items as JSON and the cursor after the last one. */
  static <T> void page(RoutingContext ctx, Future<Slice<T>> slice, Function<T, JsonObject> json, Function<T, UUID> key) {
    slice.compose(s -> Responses.json(ctx, 200, Paging.page(s, json, key))).onFailure(ctx::fail);
  }

  static UUID id(RoutingContext ctx, Supplier<NotFound> notFound) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound.get();
    }
  }
}
