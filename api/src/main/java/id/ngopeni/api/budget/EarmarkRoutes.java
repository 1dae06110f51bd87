package id.ngopeni.api.budget;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.PathParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.budget.Earmark;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /earmarks}: which worker categories each funding source may pay for, in which priority.
 * The office roles read them; only an ADMIN replaces a source's earmark (audited), since it
 * decides who may be enrolled under the source, like a tariff.
 */
public record EarmarkRoutes(EarmarkService service) implements Feature {
  private static final RequireRole OFFICE = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.APPROVER, Role.AUDITOR);

  @Override
  public void mount(Router api) {
    api.get("/earmarks").handler(OFFICE).handler(this::list);
    api.put("/earmarks/:fundingSource").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::put);
  }

  private void list(RoutingContext ctx) {
    service.all().compose(all -> {
      JsonArray items = new JsonArray();
      for (FundingSource source : FundingSource.values()) {
        items.add(EarmarkService.json(source, all.getOrDefault(source.name(), Earmark.none())));
      }
      return Responses.json(ctx, 200, new JsonObject().put("items", items));
    }).onFailure(ctx::fail);
  }

  private void put(RoutingContext ctx) {
    FundingSource source = PathParams.fundingSource(ctx);
    JsonObject body = JsonInput.object(ctx);
    Fields in = new Fields(body);
    String basis = in.string("basis", false);
    List<Earmark.Entry> entries = new ArrayList<>();
    if (in.has("categories") && body.getValue("categories") instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        entries.add(entry(in.violations(), "categories[" + i + "]", array.getValue(i)));
      }
    } else {
      in.violations().add("categories", body.getValue("categories") == null ? HttpError.REQUIRED : HttpError.TYPE_MISMATCH);
    }
    Violations violations = in.finish();
    service.put(Caller.of(ctx), source, basis, entries, violations)
        .compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }

  private static Earmark.Entry entry(Violations violations, String at, Object value) {
    if (!(value instanceof JsonObject item)) {
      violations.add(at, HttpError.TYPE_MISMATCH);
      return new Earmark.Entry(null, null);
    }
    Fields f = new Fields(item);
    String category = f.string("category", true);
    Long priority = f.wholeNumber("priority", true);
    f.finish().errors().forEach(e -> violations.add(at + "." + e.field(), e.errorCode(), e.message()));
    return new Earmark.Entry(category, priority == null ? null : (int) Math.max(Integer.MIN_VALUE,
        Math.min(Integer.MAX_VALUE, priority)));
  }

}
