package id.ngopeni.api.budget;

import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.PutVersion;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.budget.Budget;
import id.ngopeni.domain.budget.BudgetRules;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.user.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Year;

/** {@code PUT /budgets/{year}/{fundingSource}} (ADMIN) and {@code GET /budgets/{year}} (ADMIN, OPERATOR, AUDITOR). */
public record BudgetRoutes(BudgetService service) implements Feature {
  @Override
  public void mount(Router api) {
    api.put("/budgets/:year/:fundingSource").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::put);
    api.get("/budgets/:year").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.APPROVER, Role.AUDITOR)).handler(this::get);
  }

  private void put(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    Year year = year(ctx);
    FundingSource source = source(ctx);
    Integer expected = PutVersion.expected(ctx);
    Fields f = new Fields(JsonInput.object(ctx));
    Long allocated = f.wholeNumber("allocated", true);
    BudgetRules.checkAllocation(allocated, f.finish()).throwIfAny();
    service.put(caller, new Budget(year, source, Rupiah.of(allocated)), expected)
        .compose(stored -> {
          ctx.response().putHeader("ETag", ETags.of(stored.version()));
          return Responses.json(ctx, expected == null ? 201 : 200, BudgetJson.of(stored));
        })
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    service.year(year(ctx))
        .compose(body -> Responses.json(ctx, 200, body))
        .onFailure(ctx::fail);
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
    throw new NotFound(MoneyError.BUDGET_NOT_FOUND);
  }

  private static FundingSource source(RoutingContext ctx) {
    try {
      return FundingSource.valueOf(ctx.pathParam("fundingSource"));
    } catch (IllegalArgumentException e) {
      throw new NotFound(MoneyError.FUNDING_SOURCE_NOT_FOUND);
    }
  }
}
