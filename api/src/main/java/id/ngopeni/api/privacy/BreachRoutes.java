package id.ngopeni.api.privacy;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.privacy.BreachIncident;
import id.ngopeni.domain.privacy.BreachNotice;
import id.ngopeni.domain.privacy.NoticeAddressee;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The breach register: ADMIN records a breach ({@code POST /privacy/breaches}) and when a notice
 * went out ({@code POST /privacy/breaches/{id}/notified}) and lists the people affected; ADMIN and
 * AUDITOR read the register with its clocks and download the notices (text or PDF).
 */
public record BreachRoutes(BreachService service, ReadRecorder recorder, Vertx vertx, Clock clock) implements Feature {
  private static final String INSTANT_HINT = "An instant with its offset, e.g. 2026-08-14T09:30:00+07:00.";

  /** The notice's file formats. */
  enum Format { TEXT, PDF }

  @Override
  public void mount(Router api) {
    RequireRole admin = RequireRole.anyOf(Role.ADMIN);
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.AUDITOR);
    api.post("/privacy/breaches").handler(admin).handler(this::record);
    api.get("/privacy/breaches").handler(readers).handler(this::list);
    api.get("/privacy/breaches/:id").handler(readers).handler(this::get);
    api.get("/privacy/breaches/:id/people").handler(admin).handler(this::people);
    api.get("/privacy/breaches/:id/notice").handler(readers).handler(this::notice);
    api.post("/privacy/breaches/:id/notified").handler(admin).handler(this::notified);
  }

  private void record(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    Instant discoveredAt = instant(in, "discoveredAt", true);
    String description = in.string("description", true);
    String measures = in.string("measures", true);
    List<String> kinds = in.strings("dataKinds", true);
    UUID sourceUserId = in.uuid("sourceUserId", false);
    String sourceIp = in.string("sourceIp", false);
    Instant from = instant(in, "sourceFrom", false);
    Instant to = instant(in, "sourceTo", false);
    Violations v = in.finish();
    BreachIncident incident = BreachIncident.of(discoveredAt, description, measures, kinds, sourceUserId, sourceIp, from,
        to, clock.instant(), v);
    v.throwIfAny();
    service.record(Caller.of(ctx), incident).compose(b -> {
      ctx.response().putHeader("Location", "/api/v1/privacy/breaches/" + b.id());
      return Responses.json(ctx, 201, BreachJson.of(b, clock.instant()));
    }).onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID before = Paging.uuidCursor(ctx);
    service.list(before, limit).compose(slice -> {
      Instant now = clock.instant();
      return Responses.json(ctx, 200, Paging.page(slice, b -> BreachJson.of(b, now), b -> b.id()));
    }).onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    service.get(id(ctx)).compose(b -> Responses.json(ctx, 200, BreachJson.of(b, clock.instant()))).onFailure(ctx::fail);
  }

  private void people(RoutingContext ctx) {
    UUID id = id(ctx);
    int limit = Paging.limit(ctx);
    UUID after = Paging.uuidCursor(ctx);
    service.people(recorder.reader(ctx), id, after, limit).compose(slice -> {
      JsonArray items = new JsonArray();
      slice.items().forEach(p -> items.add(BreachJson.person(p)));
      String next = slice.hasMore() ? Paging.cursorOf(slice.items().get(slice.items().size() - 1).personId()) : null;
      return Responses.json(ctx, 200, Paging.page(items, next));
    }).onFailure(ctx::fail);
  }

  private void notice(RoutingContext ctx) {
    UUID id = id(ctx);
    NoticeAddressee to = QueryParams.enumValue(ctx, "to", NoticeAddressee.class);
    Format format = QueryParams.enumValue(ctx, "format", Format.class);
    if (to == null) {
      throw new Invalid(List.of(new FieldError("to", HttpError.REQUIRED)));
    }
    Format f = format == null ? Format.TEXT : format;
    service.notice(id).compose(n -> f == Format.PDF
        ? vertx.executeBlocking(() -> BreachNoticePdf.of(n.paragraphs(to))).compose(pdf -> file(ctx, n, to, f, pdf))
        : file(ctx, n, to, f, n.text(to).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .onFailure(ctx::fail);
  }

  private static Future<Void> file(RoutingContext ctx, BreachNotice n, NoticeAddressee to, Format f, byte[] bytes) {
    String name = "pemberitahuan-" + BreachNotice.number(n.id()).toLowerCase(java.util.Locale.ROOT) + "-"
        + (to == NoticeAddressee.SUBJECTS ? "subjek" : "lembaga") + (f == Format.PDF ? ".pdf" : ".txt");
    return ctx.response().putHeader("Content-Type", f == Format.PDF ? "application/pdf" : "text/plain; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .putHeader("Cache-Control", "private, no-store")
        .end(Buffer.buffer(bytes));
  }

  private void notified(RoutingContext ctx) {
    UUID id = id(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    NoticeAddressee to = in.enumValue("to", NoticeAddressee.class, true);
    Instant at = instant(in, "at", true);
    in.requireValid();
    service.notified(Caller.of(ctx), id, to, at)
        .compose(b -> Responses.json(ctx, 200, BreachJson.of(b, clock.instant())))
        .onFailure(ctx::fail);
  }

  private static UUID id(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw BreachService.notFound();
    }
  }

  private static Instant instant(Fields in, String name, boolean required) {
    String text = in.string(name, required);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      in.violations().add(name, HttpError.DATE_INVALID, INSTANT_HINT);
      return null;
    }
  }
}
