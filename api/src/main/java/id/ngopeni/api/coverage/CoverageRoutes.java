package id.ngopeni.api.coverage;

import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.PutVersion;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.coverage.Baseline;
import id.ngopeni.domain.coverage.CoverageTrend;
import id.ngopeni.domain.coverage.Grouping;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * {@code GET /coverage} and {@code GET /coverage/baselines/{year}} (ADMIN, OPERATOR, APPROVER,
 * AUDITOR: city-wide figures, so not for field officers), {@code GET /coverage/trend} (those and
 * FIELD_OFFICER, for their own kelurahan) and
 * {@code PUT /coverage/baselines/{year}/{regionCode}} (ADMIN).
 */
public record CoverageRoutes(CoverageService service) implements Feature {
  @Override
  public void mount(Router api) {
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.APPROVER, Role.AUDITOR);
    api.get("/coverage").handler(readers).handler(this::report);
    api.get("/coverage/baselines/:year").handler(readers).handler(this::baselines);
    api.get("/coverage/trend")
        .handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.APPROVER, Role.AUDITOR, Role.FIELD_OFFICER))
        .handler(this::trend);
    api.put("/coverage/baselines/:year/:regionCode").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::putBaseline);
  }

  private void report(RoutingContext ctx) {
    Violations v = new Violations();
    var q = ctx.queryParams();
    for (String name : q.names()) {
      if (!Set.of("year", "groupBy", "asOf", "within").contains(name)) {
        v.add(name, HttpError.UNKNOWN_PARAMETER);
      }
    }
    String groupBy = q.get("groupBy") == null ? "kecamatan" : q.get("groupBy");
    Grouping key = Grouping.parse(groupBy).orElse(null);
    if (key == null) {
      v.add("groupBy", HttpError.VALUE_UNKNOWN);
    }
    LocalDate asOf = service.today();
    if (q.get("asOf") != null) {
      try {
        asOf = LocalDate.parse(q.get("asOf"));
      } catch (DateTimeParseException e) {
        v.add("asOf", HttpError.DATE_INVALID);
      }
    }
    Integer year = asOf.getYear();
    if (q.get("year") != null) {
      year = parseYear(q.get("year"));
      if (year == null) {
        v.add("year", MoneyError.YEAR_INVALID);
      }
    }
    String within = q.get("within");
    if (within != null && key != null && !key.isArea()) {
      v.add("within", HttpError.UNKNOWN_PARAMETER); // areas only: categories and sources have no region
    }
    v.throwIfAny();
    service.report(key, asOf, year, within)
        .compose(body -> Responses.json(ctx, 200, body))
        .onFailure(ctx::fail);
  }

  private void trend(RoutingContext ctx) {
    Violations v = new Violations();
    var q = ctx.queryParams();
    for (String name : q.names()) {
      if (!Set.of("months", "region").contains(name)) {
        v.add(name, HttpError.UNKNOWN_PARAMETER);
      }
    }
    int months = 12;
    if (q.get("months") != null) {
      Long parsed = parseLong(q.get("months"));
      if (parsed == null || !CoverageTrend.validLength(parsed)) {
        v.add("months", MoneyError.MONTHS_OUT_OF_RANGE);
      } else {
        months = parsed.intValue();
      }
    }
    v.throwIfAny();
    service.trend(Caller.of(ctx), q.get("region"), months)
        .compose(body -> Responses.json(ctx, 200, body))
        .onFailure(ctx::fail);
  }

  /** The year's baselines, city first then by region code, as one page; a path that is no year is 404. */
  private void baselines(RoutingContext ctx) {
    Integer year = parseYear(ctx.pathParam("year"));
    if (year == null) {
      throw CoverageService.regionNotFound();
    }
    service.baselines(year)
        .compose(all -> {
          JsonArray items = new JsonArray();
          all.forEach(b -> items.add(CoverageJson.baseline(b)));
          return Responses.json(ctx, 200, new JsonObject().put("year", year).put("items", items));
        })
        .onFailure(ctx::fail);
  }

  private void putBaseline(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    Integer year = parseYear(ctx.pathParam("year"));
    String region = ctx.pathParam("regionCode");
    if (year == null) {
      throw CoverageService.regionNotFound();
    }
    Integer expected = PutVersion.expected(ctx);
    Fields f = new Fields(JsonInput.object(ctx));
    Long workforce = f.wholeNumber("workforce", true);
    Long target = f.wholeNumber("target", true);
    Long reported = f.wholeNumber("reportedParticipants", false);
    String source = f.string("source", false);
    LocalDate asOf = f.date("asOf", false);
    Violations v = f.finish();
    v.addAll(Baseline.check(workforce, target, reported))
        .addAll(Baseline.checkSource(source, asOf, service.today())).throwIfAny();
    // The level is the stored region's, read by the service; REGENCY here only satisfies the record.
    Baseline given = new Baseline(year, region, "REGENCY", workforce, target, reported,
        source == null ? null : source.strip(), asOf);
    service.putBaseline(caller, given, expected)
        .compose(saved -> {
          ctx.response().putHeader("ETag", ETags.of(saved.version()));
          return Responses.json(ctx, expected == null ? 201 : 200, CoverageJson.baseline(saved));
        })
        .onFailure(ctx::fail);
  }

  private static Long parseLong(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer parseYear(String text) {
    try {
      int y = Integer.parseInt(text);
      return y >= 2000 && y <= 2200 ? y : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
