package id.ngopeni.api.calendar;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /holidays/{year}}: every role reads a year's public holidays; only an ADMIN replaces
 * them (reference data, audited).
 */
public record HolidayRoutes(HolidayService service) implements Feature {
  static final int MAX_NAME = 200;
  private static final RequireRole READERS = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.FIELD_OFFICER,
      Role.APPROVER, Role.AUDITOR);

  @Override
  public void mount(Router api) {
    api.get("/holidays/:year").handler(READERS).handler(this::get);
    api.put("/holidays/:year").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::replace);
  }

  private void get(RoutingContext ctx) {
    service.year(year(ctx)).compose(y -> Responses.json(ctx, 200, HolidayService.json(y))).onFailure(ctx::fail);
  }

  private void replace(RoutingContext ctx) {
    int year = year(ctx);
    JsonObject body = JsonInput.object(ctx);
    Fields in = new Fields(body);
    List<HolidayService.Holiday> holidays = new ArrayList<>();
    if (in.has("holidays") && body.getValue("holidays") instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        holidays.add(holiday(in.violations(), "holidays[" + i + "]", array.getValue(i)));
      }
    } else {
      in.violations().add("holidays", body.getValue("holidays") == null ? HttpError.REQUIRED : HttpError.TYPE_MISMATCH);
    }
    Violations violations = in.finish();
    service.replace(Caller.of(ctx), year, holidays, violations)
        .compose(y -> Responses.json(ctx, 200, HolidayService.json(y)))
        .onFailure(ctx::fail);
  }

  private static HolidayService.Holiday holiday(Violations violations, String at, Object value) {
    if (!(value instanceof JsonObject item)) {
      violations.add(at, HttpError.TYPE_MISMATCH);
      return new HolidayService.Holiday(null, null);
    }
    Fields f = new Fields(item);
    var date = f.date("date", true);
    String name = f.string("name", false);
    if (name == null || name.isBlank()) {
      if (!f.violations().has("name")) {
        f.violations().add("name", ClaimError.HOLIDAY_NAME_REQUIRED);
      }
      name = null;
    } else if (name.strip().length() > MAX_NAME) {
      f.violations().add("name", HttpError.TOO_LONG, "At most " + MAX_NAME + " characters.");
      name = null;
    }
    f.finish().errors().forEach(e -> violations.add(at + "." + e.field(), e.errorCode(), e.message()));
    return new HolidayService.Holiday(date, name == null ? null : name.strip());
  }

  /** The year in the path: 2000 to 2100, anything else is a 422 naming it. */
  static int year(RoutingContext ctx) {
    String text = ctx.pathParam("year");
    try {
      int year = Integer.parseInt(text);
      if (year >= HolidayService.FIRST_YEAR && year <= HolidayService.LAST_YEAR) {
        return year;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw new Invalid(List.of(new FieldError("year", ClaimError.HOLIDAY_YEAR_INVALID)));
  }
}
