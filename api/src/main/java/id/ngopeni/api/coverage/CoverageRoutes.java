package id.ngopeni.api.coverage;

import id.ngopeni.api.http.PutVersion;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.auth.RequireRole;
import id.ngopeni.api.budget.GroupPrices;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.coverage.Baseline;
import id.ngopeni.persistence.coverage.CoverageRepository;
import id.ngopeni.persistence.coverage.ReportKey;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * {@code GET /coverage} (ADMIN, OPERATOR, AUDITOR: city-wide figures, so not for field officers)
 * and {@code PUT /coverage/baselines/{year}/{regionCode}} (ADMIN).
 */
public final class CoverageRoutes implements Feature {
  private static final Set<String> BASELINE_LEVELS = Set.of("REGENCY", "KECAMATAN", "KELURAHAN");

  private final AppContext context;
  private final CoverageRepository coverage;
  private final TariffRepository tariffs;
  private final MembershipPolicy policy;

  public CoverageRoutes(AppContext context, CoverageRepository coverage, TariffRepository tariffs, MembershipPolicy policy) {
    this.context = context;
    this.coverage = coverage;
    this.tariffs = tariffs;
    this.policy = policy;
  }

  @Override
  public void mount(Router api) {
    api.get("/coverage").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR)).handler(this::report);
    api.put("/coverage/baselines/:year/:regionCode").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::putBaseline);
  }

  private void report(RoutingContext ctx) {
    Violations v = new Violations();
    var q = ctx.queryParams();
    for (String name : q.names()) {
      if (!Set.of("year", "groupBy", "asOf").contains(name)) {
        v.add(name, "unknown_parameter", "Known parameters: year, groupBy, asOf.");
      }
    }
    String groupBy = q.get("groupBy") == null ? "kecamatan" : q.get("groupBy");
    ReportKey key = ReportKey.parse(groupBy).orElse(null);
    if (key == null) {
      v.add("groupBy", "value_unknown", "Must be kecamatan, kelurahan, category or fundingSource.");
    }
    LocalDate asOf = Jakarta.today(context.clock());
    if (q.get("asOf") != null) {
      try {
        asOf = LocalDate.parse(q.get("asOf"));
      } catch (DateTimeParseException e) {
        v.add("asOf", "date_invalid", "Must be a date as YYYY-MM-DD.");
      }
    }
    Integer year = asOf.getYear();
    if (q.get("year") != null) {
      year = parseYear(q.get("year"));
      if (year == null) {
        v.add("year", "year_invalid", "Must be a year from 2000 to 2200.");
      }
    }
    v.throwIfAny();
    LocalDate day = asOf;
    int y = year;
    var db = context.reads();
    Future.all(coverage.groups(db, key, day), coverage.names(db, key), coverage.baselines(db, y), tariffs.book(db))
        .map(all -> CoverageReport.build(key, day, y, all.resultAt(1), all.resultAt(0), all.resultAt(2),
            new GroupPrices(all.resultAt(3)), policy))
        .compose(body -> Responses.json(ctx, 200, body))
        .onFailure(ctx::fail);
  }

  private void putBaseline(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    Integer year = parseYear(ctx.pathParam("year"));
    String region = ctx.pathParam("regionCode");
    if (year == null) {
      throw notFound();
    }
    Integer expected = PutVersion.expected(ctx);
    Fields f = new Fields(JsonInput.object(ctx));
    Long workforce = f.wholeNumber("workforce", true);
    Long target = f.wholeNumber("target", true);
    Long reported = f.wholeNumber("reportedParticipants", false);
    Violations v = f.finish();
    if (workforce != null && workforce <= 0) {
      v.add("workforce", "not_positive", "The workforce must be more than zero.");
    }
    if (target != null && target < 0) {
      v.add("target", "negative", "The target may not be negative.");
    }
    if (reported != null && reported < 0) {
      v.add("reportedParticipants", "negative", "The count may not be negative.");
    }
    if (workforce != null && target != null && target > workforce) {
      v.add("target", "above_workforce", "The target cannot exceed the workforce.");
    }
    if (workforce != null && reported != null && reported > workforce) {
      v.add("reportedParticipants", "above_workforce", "Participants cannot exceed the workforce.");
    }
    v.throwIfAny();
    context.pool()
        .withTransaction(tx -> coverage.regionLevel(tx, region).compose(level -> {
          if (level.isEmpty() || !BASELINE_LEVELS.contains(level.get())) {
            throw notFound();
          }
          Baseline b = new Baseline(year, region, level.get(), workforce, target, reported, 0);
          return coverage.put(tx, b, expected, caller.userId());
        }).compose(saved -> context.audit()
            .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "baseline.set", "coverage_baseline",
                year + "/" + region, null, json(saved)))
            .map(seq -> saved)))
        .compose(saved -> {
          ctx.response().putHeader("ETag", ETags.of(saved.version()));
          return Responses.json(ctx, expected == null ? 201 : 200, json(saved));
        })
        .onFailure(ctx::fail);
  }

  private static JsonObject json(Baseline b) {
    return new JsonObject().put("year", b.year()).put("regionCode", b.regionCode()).put("workforce", b.workforce())
        .put("target", b.target()).put("reportedParticipants", b.reportedParticipants()).put("version", b.version());
  }

  private static Integer parseYear(String text) {
    try {
      int y = Integer.parseInt(text);
      return y >= 2000 && y <= 2200 ? y : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static NotFound notFound() {
    return new NotFound("region_not_found", "No such region or year.");
  }
}
