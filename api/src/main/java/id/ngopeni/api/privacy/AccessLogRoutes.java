package id.ngopeni.api.privacy;

import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.Idempotency;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.privacy.AccessPeriod;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.privacy.AccessRecord;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import id.ngopeni.domain.problem.ErrorCode;

/**
 * The access log, for AUDITOR only: {@code GET /access-log} (by {@code personId}, {@code userId},
 * period {@code from}–{@code to}, newest first, paged), {@code POST /access-log/by-nik} (the same
 * with the NIK in the body, never in a URL) and {@code GET /access-log/unusual} (users who read
 * far more people than usual). Not ADMIN: an admin may reveal identifiers, so the log watches
 * them too; the auditor reveals nothing.
 */
public record AccessLogRoutes(AccessLogService service, Clock clock) implements Feature {
  @Override
  public void mount(Router api) {
    RequireRole auditors = RequireRole.anyOf(Role.AUDITOR);
    api.get("/access-log").handler(auditors).handler(this::list);
    api.post("/access-log/by-nik").handler(auditors).handler(Idempotency.READ_ONLY).handler(this::byNik);
    api.get("/access-log/unusual").handler(auditors).handler(this::unusual);
  }

  private void list(RoutingContext ctx) {
    List<FieldError> errors = new ArrayList<>();
    UUID person = uuid(ctx, "personId", errors);
    UUID user = uuid(ctx, "userId", errors);
    AccessPeriod period = period(ctx, false, errors);
    int limit = Paging.limit(ctx);
    Long before = Paging.longCursor(ctx);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    answer(ctx, service.list(person, user, period, before, limit));
  }

  private void byNik(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    String nik = in.string("nik", true);
    UUID user = in.uuid("userId", false);
    LocalDate from = in.date("from", false);
    LocalDate to = in.date("to", false);
    in.requireValid();
    String digits = Nik.parse(nik).value();
    AccessPeriod period = from == null && to == null ? null
        : new AccessPeriod(from == null ? to : from, to == null ? Jakarta.today(clock) : to);
    answer(ctx, service.listByNik(digits, user, period, Paging.longCursor(ctx), Paging.limit(ctx)));
  }

  private void unusual(RoutingContext ctx) {
    List<FieldError> errors = new ArrayList<>();
    AccessPeriod period = period(ctx, true, errors);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    service.unusual(period).compose(flags -> {
      JsonArray items = new JsonArray();
      flags.forEach(u -> items.add(new JsonObject().put("userId", u.flag().userId().toString())
          .put("username", u.username()).put("role", u.role()).put("day", u.flag().day().toString())
          .put("people", u.flag().people()).put("usual", u.flag().usual())));
      JsonObject rule = new JsonObject().put("factor", service.rule().factor()).put("floor", service.rule().floor())
          .put("windowDays", service.rule().windowDays());
      return Responses.json(ctx, 200, new JsonObject().put("from", period.from().toString())
          .put("to", period.to().toString()).put("rule", rule).put("items", items));
    }).onFailure(ctx::fail);
  }

  private static void answer(RoutingContext ctx, Future<Slice<AccessRecord>> page) {
    page.compose(slice -> {
      JsonArray items = new JsonArray();
      slice.items().forEach(r -> items.add(json(r)));
      String next = slice.hasMore() ? Paging.cursorOf(slice.items().get(slice.items().size() - 1).id()) : null;
      return Responses.json(ctx, 200, Paging.page(items, next));
    }).onFailure(ctx::fail);
  }

  static JsonObject json(AccessRecord r) {
    JsonArray people = new JsonArray();
    r.personIds().forEach(p -> people.add(p.toString()));
    return new JsonObject().put("id", r.id()).put("at", r.at().toString()).put("userId", r.userId().toString())
        .put("username", r.username()).put("role", r.role()).put("kind", r.kind()).put("personIds", people)
        .put("personCount", r.personIds().size()).put("fields", new JsonArray(r.fields())).put("purpose", r.purpose())
        .put("clientIp", r.clientIp()).put("detail", r.detail());
  }

  /**
   * {@code from}/{@code to} (dates, Jakarta): both optional for a listing (none: no period; one:
   * that side open until today / from it); for the unusual list the default is the last 7 days.
   */
  private AccessPeriod period(RoutingContext ctx, boolean required, List<FieldError> errors) {
    LocalDate from = date(ctx, "from", errors);
    LocalDate to = date(ctx, "to", errors);
    if (!errors.isEmpty()) {
      return null;
    }
    LocalDate today = Jakarta.today(clock);
    if (from == null && to == null) {
      return required ? new AccessPeriod(today.minusDays(6), today) : null;
    }
    try {
      return new AccessPeriod(from == null ? (to.isAfter(today) ? today : to) : from, to == null ? today : to);
    } catch (Invalid e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private static LocalDate date(RoutingContext ctx, String name, List<FieldError> errors) {
    return param(ctx, name, LocalDate::parse, HttpError.DATE_INVALID, errors);
  }

  private static UUID uuid(RoutingContext ctx, String name, List<FieldError> errors) {
    return param(ctx, name, UUID::fromString, HttpError.UUID_INVALID, errors);
  }

  /** A query parameter read by {@code parse}; a value it refuses is a field error, a blank one absent. */
  private static <T> T param(RoutingContext ctx, String name, Function<String, T> parse, ErrorCode code,
      List<FieldError> errors) {
    String text = ctx.queryParams().get(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parse.apply(text.strip());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      errors.add(new FieldError(name, code));
      return null;
    }
  }
}
