package id.ngopeni.api.reference;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.auth.RequireRole;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.bank.Bank;
import id.ngopeni.domain.bank.TransferLimit;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.worker.WorkerCategory;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.reference.ReferenceRepository.Category;
import id.ngopeni.persistence.reference.RegionRepository;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Reference data: regions, worker categories and funding sources for every signed-in role;
 * adding a category and loading regions for ADMIN. Lists are small and come whole
 * ({@code nextCursor} is always null).
 */
public final class ReferenceRoutes implements Feature {
  /** A whole province's kelurahan (a few thousand rows) fits easily. */
  static final long MAX_REGION_FILE = 5L * 1024 * 1024;

  private final AppContext context;
  private final RegionRepository regions;
  private final ReferenceRepository reference;
  private final RegionImport regionImport;

  public ReferenceRoutes(AppContext context, RegionRepository regions, ReferenceRepository reference) {
    this.context = context;
    this.regions = regions;
    this.reference = reference;
    this.regionImport = new RegionImport(context.pool(), regions, context.audit());
  }

  @Override
  public void mount(Router api) {
    RequireRole admin = RequireRole.anyOf(Role.ADMIN);
    api.get("/regions").handler(this::regions);
    api.post("/regions/import").handler(admin).handler(this::importRegions);
    api.get("/categories").handler(this::categories);
    api.post("/categories").handler(admin).handler(this::addCategory);
    api.get("/funding-sources").handler(this::fundingSources);
    api.get("/banks").handler(this::banks);
  }

  /**
   * The banks payouts can go to (domain {@link Bank}), so no client keeps its own copy; with the
   * most one payout to the bank may carry, which is the BI-FAST limit the payout rules hold every
   * payout to ({@link TransferLimit}), whatever the bank.
   */
  private void banks(RoutingContext ctx) {
    JsonArray items = new JsonArray();
    for (Bank bank : Bank.values()) {
      items.add(new JsonObject().put("code", bank.code()).put("name", bank.displayName())
          .put("accountNumberLength", bank.accountNumberLength())
          .put("maxTransfer", TransferLimit.BI_FAST_MAX.amount()));
    }
    Responses.json(ctx, 200, Paging.page(items, null)).onFailure(ctx::fail);
  }

  private void regions(RoutingContext ctx) {
    regions.kecamatanWithKelurahan(context.pool())
        .compose(list -> {
          JsonArray items = new JsonArray();
          for (var k : list) {
            JsonArray kelurahan = new JsonArray();
            k.kelurahan().forEach(l -> kelurahan.add(new JsonObject().put("code", l.code()).put("name", l.name())));
            items.add(new JsonObject().put("code", k.code()).put("name", k.name()).put("regencyCode", k.regencyCode())
                .put("kelurahan", kelurahan));
          }
          return Responses.json(ctx, 200, Paging.page(items, null));
        })
        .onFailure(ctx::fail);
  }

  private void importRegions(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    RequestText.read(ctx, "text/csv", MAX_REGION_FILE)
        .compose(text -> regionImport.load(text, caller.userId(), caller.role().name()))
        .compose(count -> Responses.json(ctx, 200, new JsonObject()
            .put("rows", count.inserted() + count.updated()).put("inserted", count.inserted()).put("updated", count.updated())))
        .onFailure(ctx::fail);
  }

  private void categories(RoutingContext ctx) {
    reference.categories(context.pool())
        .compose(list -> {
          JsonArray items = new JsonArray();
          list.forEach(c -> items.add(json(c)));
          return Responses.json(ctx, 200, Paging.page(items, null));
        })
        .onFailure(ctx::fail);
  }

  private void addCategory(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    String code = in.string("code", true);
    String nameId = in.string("nameId", true);
    String nameEn = in.string("nameEn", true);
    Long sortOrder = in.wholeNumber("sortOrder", false);
    Violations v = in.finish();
    if (code != null && !WorkerCategory.isCode(code)) {
      v.add("code", "category_invalid", "Upper-case letters and underscores, 2 to 40 long, e.g. PENJAGA_MAKAM.");
    }
    checkName(v, "nameId", nameId);
    checkName(v, "nameEn", nameEn);
    if (sortOrder != null && (sortOrder < 0 || sortOrder > 10_000)) {
      v.add("sortOrder", "sort_order_invalid", "Must be 0 to 10000.");
    }
    v.throwIfAny();
    int order = sortOrder == null ? 100 : sortOrder.intValue();
    context.pool()
        .withTransaction(tx -> reference.insertCategory(tx, code, nameId.strip(), nameEn.strip(), order)
            .compose(c -> context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(), "category.created",
                "worker_category", c.code(), null, json(c))).map(seq -> c)))
        .compose(c -> Responses.json(ctx, 201, json(c)))
        .onFailure(ctx::fail);
  }

  private void fundingSources(RoutingContext ctx) {
    reference.fundingSources(context.pool())
        .compose(list -> {
          JsonArray items = new JsonArray();
          list.forEach(f -> items.add(new JsonObject().put("code", f.code()).put("nameId", f.nameId()).put("nameEn", f.nameEn())));
          return Responses.json(ctx, 200, Paging.page(items, null));
        })
        .onFailure(ctx::fail);
  }

  private static void checkName(Violations v, String field, String value) {
    if (value != null && value.strip().length() > 100) {
      v.add(field, "name_invalid", "At most 100 characters.");
    }
  }

  private static JsonObject json(Category c) {
    return new JsonObject().put("code", c.code()).put("nameId", c.nameId()).put("nameEn", c.nameEn())
        .put("active", c.active()).put("sortOrder", c.sortOrder());
  }
}
