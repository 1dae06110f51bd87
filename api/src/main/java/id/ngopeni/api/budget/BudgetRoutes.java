package id.ngopeni.api.budget;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.auth.RequireRole;
import id.ngopeni.api.http.PutVersion;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.budget.Budget;
import id.ngopeni.domain.budget.BudgetPosition;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.budget.BudgetRepository;
import id.ngopeni.persistence.budget.StoredBudget;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** {@code PUT /budgets/{year}/{fundingSource}} (ADMIN) and {@code GET /budgets/{year}} (ADMIN, OPERATOR, AUDITOR). */
public final class BudgetRoutes implements Feature {
  private final AppContext context;
  private final BudgetRepository budgets;
  private final TariffRepository tariffs;
  private final BudgetLedger ledger;

  public BudgetRoutes(AppContext context, BudgetRepository budgets, TariffRepository tariffs, BudgetLedger ledger) {
    this.context = context;
    this.budgets = budgets;
    this.tariffs = tariffs;
    this.ledger = ledger;
  }

  @Override
  public void mount(Router api) {
    api.put("/budgets/:year/:fundingSource").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::put);
    api.get("/budgets/:year").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR)).handler(this::get);
  }

  private void put(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    Year year = year(ctx);
    FundingSource source = source(ctx);
    Integer expected = PutVersion.expected(ctx);
    Fields f = new Fields(JsonInput.object(ctx));
    Long allocated = f.wholeNumber("allocated", true);
    Violations v = f.finish();
    if (allocated != null && allocated < 0) {
      v.add("allocated", "negative", "The allocation may not be negative.");
    }
    v.throwIfAny();
    Budget budget = new Budget(year, source, Rupiah.of(allocated));
    context.pool()
        .withTransaction(tx -> budgets.put(tx, budget, expected, caller.userId())
            .compose(stored -> context.audit()
                .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "budget.set", "budget",
                    year + "/" + source, null, new JsonObject().put("allocated", allocated).put("version", stored.version())))
                .map(seq -> stored)))
        .compose(stored -> {
          ctx.response().putHeader("ETag", ETags.of(stored.version()));
          return Responses.json(ctx, expected == null ? 201 : 200, new JsonObject().put("year", year.getValue())
              .put("fundingSource", source.name()).put("allocated", allocated).put("version", stored.version()));
        })
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    Year year = year(ctx);
    YearMonth current = YearMonth.from(Jakarta.today(context.clock()));
    var db = context.pool();
    budgets.ofYear(db, year)
        .compose(stored -> tariffs.book(db)
            .compose(book -> ledger.positions(db, year, null, stored.stream().map(StoredBudget::budget).toList(), current, book))
            .map(positions -> {
              Map<FundingSource, Integer> versions = new HashMap<>();
              stored.forEach(s -> versions.put(s.budget().fundingSource(), s.version()));
              JsonArray items = new JsonArray();
              positions.forEach(p -> items.add(json(p, versions.get(p.fundingSource()))));
              return new JsonObject().put("year", year.getValue()).put("currentMonth", current.toString()).put("items", items);
            }))
        .compose(body -> Responses.json(ctx, 200, body))
        .onFailure(ctx::fail);
  }

  private static JsonObject json(BudgetPosition p, int version) {
    return new JsonObject()
        .put("fundingSource", p.fundingSource().name())
        .put("allocated", p.allocated().amount())
        .put("committed", p.committed().amount())
        .put("invoiced", p.invoiced().amount())
        .put("remaining", p.remaining().amount())
        .put("workersAffordable", p.workersAffordable())
        .put("version", version);
  }

  private static Year year(RoutingContext ctx) {
    try {
      int y = Integer.parseInt(ctx.pathParam("year"));
      if (y >= 2000 && y <= 2200) {
        return Year.of(y);
      }
    } catch (NumberFormatException ignored) {
      // not a year: nothing by that name
    }
    throw new NotFound("budget_not_found", "No such budget year.");
  }

  private static FundingSource source(RoutingContext ctx) {
    try {
      return FundingSource.valueOf(ctx.pathParam("fundingSource"));
    } catch (IllegalArgumentException e) {
      throw new NotFound("funding_source_not_found", "No such funding source.");
    }
  }
}
