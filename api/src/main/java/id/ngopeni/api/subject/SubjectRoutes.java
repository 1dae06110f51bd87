package id.ngopeni.api.subject;

import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.Idempotency;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.claim.DecisionReason;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.subject.CorrectableField;
import id.ngopeni.domain.subject.CorrectionStatus;
import id.ngopeni.domain.subject.RestrictionStatus;
import id.ngopeni.domain.subject.SubjectClock;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.worker.Nik;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code /privacy}: a data subject's rights (UU 27/2022). The roles that answer a person's request
 * ({@link RevealPolicy#subjectRequestHandlers()}: ADMIN, OPERATOR) take the report, record
 * restriction and correction requests and act on them; the AUDITOR also reads the two lists. The
 * NIK travels only in bodies.
 */
public record SubjectRoutes(SubjectReportService reports, RestrictionService restrictions, CorrectionService corrections,
    ReadRecorder recorder, Clock clock) implements Feature {
  /** The report's formats. */
  enum Format { JSON, PDF }

  @Override
  public void mount(Router api) {
    Set<Role> handlers = RevealPolicy.subjectRequestHandlers();
    Set<Role> readers = EnumSet.copyOf(handlers);
    readers.add(Role.AUDITOR);
    RequireRole handle = RequireRole.anyOf(handlers);
    RequireRole read = RequireRole.anyOf(readers);
    // A read with a purpose, like a reveal: its answer (full identifiers) is never kept for replays.
    api.post("/privacy/subject-report").handler(handle).handler(Idempotency.READ_ONLY).handler(this::report);
    api.post("/privacy/restrictions").handler(handle).handler(this::restrict);
    api.get("/privacy/restrictions").handler(read).handler(this::restrictionList);
    api.get("/privacy/restrictions/:id").handler(read).handler(this::restriction);
    api.post("/privacy/restrictions/:id/apply").handler(handle).handler(this::apply);
    api.post("/privacy/restrictions/:id/lift").handler(handle).handler(this::lift);
    api.post("/privacy/corrections").handler(handle).handler(this::correct);
    api.get("/privacy/corrections").handler(read).handler(this::correctionList);
    api.get("/privacy/corrections/:id").handler(read).handler(this::correction);
    api.post("/privacy/corrections/:id/resolve").handler(handle).handler(this::resolve);
  }

  private void report(RoutingContext ctx) {
    Format format = QueryParams.enumValue(ctx, "format", Format.class);
    Format f = format == null ? Format.JSON : format;
    Fields in = new Fields(JsonInput.object(ctx));
    String nik = in.string("nik", true);
    in.requireValid();
    reports.report(recorder.reader(ctx), Nik.parse(nik).value(), f.name()).compose(report -> {
      if (f == Format.JSON) {
        return Responses.json(ctx, 200, SubjectReportJson.of(report));
      }
      return ctx.vertx().executeBlocking(() -> SubjectReportPdf.of(report), false)
          .compose(bytes -> ctx.response().putHeader("Content-Type", "application/pdf")
              .putHeader("Content-Disposition", "attachment; filename=\"laporan-data-pribadi.pdf\"")
              .putHeader("Cache-Control", "private, no-store").end(Buffer.buffer(bytes)));
    }).onFailure(ctx::fail);
  }

  private void restrict(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    String nik = in.string("nik", true);
    String reason = in.string("reason", false);
    Instant requestedAt = instant(in, "requestedAt");
    Violations v = in.finish();
    String digits = nikOrError(nik, v);
    String why = collect(v, () -> DecisionReason.require(reason));
    Instant asked = collect(v, () -> SubjectClock.requestedAt(requestedAt, clock.instant()));
    v.throwIfAny();
    created(ctx, restrictions.request(recorder.reader(ctx), digits, why, asked),
        r -> "/api/v1/privacy/restrictions/" + r.restriction().id(), SubjectJson::restriction);
  }

  private void restrictionList(RoutingContext ctx) {
    RestrictionStatus status = QueryParams.enumValue(ctx, "status", RestrictionStatus.class);
    list(ctx, restrictions.list(recorder.reader(ctx), status == null ? RestrictionStatus.REQUESTED : status),
        SubjectJson::restriction);
  }

  private void restriction(RoutingContext ctx) {
    answer(ctx, restrictions.get(recorder.reader(ctx), id(ctx, RestrictionService::notFound)), SubjectJson::restriction);
  }

  private void apply(RoutingContext ctx) {
    UUID id = id(ctx, RestrictionService::notFound);
    new Fields(JsonInput.optionalObject(ctx)).requireValid();
    answer(ctx, restrictions.apply(recorder.reader(ctx), id), SubjectJson::restriction);
  }

  private void lift(RoutingContext ctx) {
    UUID id = id(ctx, RestrictionService::notFound);
    Fields in = new Fields(JsonInput.object(ctx));
    String reason = in.string("reason", false);
    in.requireValid();
    String why = DecisionReason.require(reason);
    answer(ctx, restrictions.lift(recorder.reader(ctx), id, why), SubjectJson::restriction);
  }

  private void correct(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    String nik = in.string("nik", true);
    String fieldName = in.string("field", true);
    String value = in.string("requestedValue", false);
    String reason = in.string("reason", false);
    Instant requestedAt = instant(in, "requestedAt");
    Violations v = in.finish();
    String digits = nikOrError(nik, v);
    CorrectableField field = fieldName == null ? null : collect(v, () -> CorrectableField.parse(fieldName));
    if (field != null) {
      collect(v, () -> field.kept(value));
    }
    String why = collect(v, () -> DecisionReason.require(reason));
    Instant asked = collect(v, () -> SubjectClock.requestedAt(requestedAt, clock.instant()));
    v.throwIfAny();
    created(ctx, corrections.request(recorder.reader(ctx), digits, field, value, why, asked),
        c -> "/api/v1/privacy/corrections/" + c.correction().id(), SubjectJson::correction);
  }

  private void correctionList(RoutingContext ctx) {
    CorrectionStatus status = QueryParams.enumValue(ctx, "status", CorrectionStatus.class);
    list(ctx, corrections.list(recorder.reader(ctx), status == null ? CorrectionStatus.OPEN : status),
        SubjectJson::correction);
  }

  private void correction(RoutingContext ctx) {
    answer(ctx, corrections.get(recorder.reader(ctx), id(ctx, CorrectionService::notFound)), SubjectJson::correction);
  }

  private void resolve(RoutingContext ctx) {
    UUID id = id(ctx, CorrectionService::notFound);
    Fields in = new Fields(JsonInput.object(ctx));
    CorrectionStatus outcome = in.enumValue("outcome", CorrectionStatus.class, true);
    String note = in.string("note", false);
    Violations v = in.finish();
    if (outcome == CorrectionStatus.OPEN) {
      v.add("outcome", HttpError.VALUE_UNKNOWN, "APPLIED or REJECTED.");
    }
    v.throwIfAny();
    answer(ctx, corrections.resolve(recorder.reader(ctx), id, outcome, note), SubjectJson::correction);
  }

  /** 200 with the request as JSON, its clock as of now. */
  private <T> void answer(RoutingContext ctx, Future<T> result, BiFunction<T, Instant, JsonObject> json) {
    result.compose(r -> Responses.json(ctx, 200, json.apply(r, clock.instant()))).onFailure(ctx::fail);
  }

  /** 201 with the new request and its {@code Location}. */
  private <T> void created(RoutingContext ctx, Future<T> result, Function<T, String> location,
      BiFunction<T, Instant, JsonObject> json) {
    result.compose(r -> {
      ctx.response().putHeader("Location", location.apply(r));
      return Responses.json(ctx, 201, json.apply(r, clock.instant()));
    }).onFailure(ctx::fail);
  }

  /** A whole list of requests with their clocks. */
  private <T> void list(RoutingContext ctx, Future<List<T>> result, BiFunction<T, Instant, JsonObject> json) {
    Instant now = clock.instant();
    result.compose(items -> Responses.json(ctx, 200, SubjectJson.list(items, i -> json.apply(i, now)))).onFailure(ctx::fail);
  }

  /** An optional instant with its offset ({@code 2026-08-14T09:30:00+07:00}); a bad one is a field error. */
  private static Instant instant(Fields in, String name) {
    String text = in.string(name, false);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      in.violations().add(name, HttpError.DATE_INVALID, "An instant with its offset, e.g. 2026-08-14T09:30:00+07:00.");
      return null;
    }
  }

  /** The NIK's 16 digits, or its errors added to {@code v} (naming the broken part, as everywhere). */
  private static String nikOrError(String nik, Violations v) {
    return nik == null ? null : collect(v, () -> Nik.parse(nik).value());
  }

  /** Runs a check that throws {@link Invalid}; its errors go to {@code v} and the answer is null. */
  private static <T> T collect(Violations v, Supplier<T> check) {
    try {
      return check.get();
    } catch (Invalid e) {
      v.addAll(e.errors());
      return null;
    }
  }

  private static UUID id(RoutingContext ctx, Supplier<NotFound> notFound) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound.get();
    }
  }
}
