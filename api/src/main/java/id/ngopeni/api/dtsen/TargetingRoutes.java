package id.ngopeni.api.dtsen;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.dtsen.Decile;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.DtsenError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.UUID;

/**
 * Targeting with DTSEN: {@code GET /dtsen/coverage} (registered workers and covered ones per
 * decile, "unknown" last), {@code GET /dtsen/not-covered} (per kelurahan: eligible by decile,
 * and of those without an active membership) and {@code GET /dtsen/not-covered/{kelurahanCode}/workers}
 * (that kelurahan's work list, NIK masked). Every role reads them; a field officer's answers are
 * limited to their kelurahan. The limit is {@code maxDecile}, or a {@code fundingSource}'s policy.
 * A work list's page is on record in the access log as one search; the counts name nobody.
 */
public record TargetingRoutes(TargetingService service, ReadRecorder recorder) implements Feature {
  private static final Set<String> LIMIT_PARAMETERS = Set.of("maxDecile", "fundingSource");

  @Override
  public void mount(Router api) {
    api.get("/dtsen/coverage").handler(this::coverage);
    api.get("/dtsen/not-covered").handler(this::byKelurahan);
    api.get("/dtsen/not-covered/:kelurahanCode/workers").handler(this::workers);
  }

  private void coverage(RoutingContext ctx) {
    onlyParameters(ctx, Set.of());
    service.byDecile(Caller.of(ctx)).compose(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(r -> items.add(DtsenJson.coverage(r)));
      return Responses.json(ctx, 200, new JsonObject().put("items", items));
    }).onFailure(ctx::fail);
  }

  private void byKelurahan(RoutingContext ctx) {
    onlyParameters(ctx, LIMIT_PARAMETERS);
    limit(ctx).compose(max -> service.notCoveredByKelurahan(Caller.of(ctx), max).compose(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(r -> items.add(DtsenJson.kelurahan(r)));
      return Responses.json(ctx, 200, new JsonObject().put("maxDecile", max).put("items", items));
    })).onFailure(ctx::fail);
  }

  private void workers(RoutingContext ctx) {
    onlyParameters(ctx, Set.of("maxDecile", "fundingSource", "limit", "cursor"));
    int pageSize = Paging.limit(ctx);
    UUID after = Paging.uuidCursor(ctx);
    String kelurahan = ctx.pathParam("kelurahanCode");
    limit(ctx).compose(max -> service.notCovered(recorder.reader(ctx), kelurahan, max, after, pageSize).compose(slice ->
        Responses.json(ctx, 200, Paging.page(slice, w -> DtsenJson.worker(w), w -> w.id()).put("maxDecile", max))))
        .onFailure(ctx::fail);
  }

  private Future<Integer> limit(RoutingContext ctx) {
    String text = ctx.queryParams().get("maxDecile");
    FundingSource source = QueryParams.enumValue(ctx, "fundingSource", FundingSource.class);
    Integer max = null;
    if (text != null) {
      try {
        max = Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        max = -1;
      }
      if (!Decile.isValidLimit(max)) {
        throw Invalid.of("maxDecile", DtsenError.MAX_DECILE_INVALID);
      }
    }
    return service.limit(max, source);
  }

  private static void onlyParameters(RoutingContext ctx, Set<String> allowed) {
    Violations v = new Violations();
    ctx.queryParams().names().stream().filter(n -> !allowed.contains(n)).forEach(n -> v.add(n, HttpError.UNKNOWN_PARAMETER));
    v.throwIfAny();
  }
}
