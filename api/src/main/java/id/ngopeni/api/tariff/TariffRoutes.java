package id.ngopeni.api.tariff;

import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.tariff.Tariff;
import id.ngopeni.domain.tariff.TariffRequest;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /tariffs} (every role: the premium a field officer quotes comes from here) and
 * {@code POST /tariffs} (ADMIN): a new effective-dated tariff, never an edit of an old one.
 */
public record TariffRoutes(TariffService service) implements Feature {
  @Override
  public void mount(Router api) {
    api.get("/tariffs").handler(this::list);
    api.post("/tariffs").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::create);
  }

  private void list(RoutingContext ctx) {
    service.all()
        .compose(all -> {
          JsonArray items = new JsonArray();
          all.forEach(t -> items.add(TariffJson.of(t)));
          return Responses.json(ctx, 200, new JsonObject().put("items", items));
        })
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    Tariff candidate = read(JsonInput.object(ctx));
    service.create(caller, candidate)
        .compose(json -> Responses.json(ctx, 201, json))
        .onFailure(ctx::fail);
  }

  /** Every field error at once, including the tariff's own rules (whole months, bounds). */
  private static Tariff read(JsonObject body) {
    Fields f = new Fields(body);
    TariffRequest request = new TariffRequest(
        f.enumValue("program", Program.class, true),
        f.date("validFrom", true),
        f.date("validTo", false),
        f.enumValue("fundingSource", FundingSource.class, false),
        f.wholeNumber("rateBasisPoints", false),
        f.wholeNumber("minimum", false),
        f.wholeNumber("maximum", false),
        f.wholeNumber("flatAmount", false),
        f.enumValue("sector", Sector.class, false),
        f.wholeNumber("discountPercent", false));
    return request.toTariff(f.finish());
  }
}
