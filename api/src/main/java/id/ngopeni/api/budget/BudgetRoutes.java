package id.ngopeni.api.budget;

import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.PutVersion;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.budget.Budget;
import id.ngopeni.domain.budget.BudgetRules;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.user.Role;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Year;

/**
 * {@code PUT /budgets/{year}/{fundingSource}} (ADMIN); {@code GET /budgets/{year}} and its realisation report
 * {@code GET /budgets/{year}/realisation} (ADMIN, OPERATOR, APPROVER, AUDITOR).
 */
public record BudgetRoutes(BudgetService service) implements Feature {
  static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  enum Format { JSON, XLSX }

  @Override
  public void mount(Router api) {
    api.put("/budgets/:year/:fundingSource").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::put);
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.APPROVER, Role.AUDITOR);
    api.get("/budgets/:year").handler(readers).handler(this::get);
    api.get("/budgets/:year/realisation").handler(readers).handler(this::realisation);
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

  /** JSON, or with {@code format=XLSX} a workbook to print and send; {@code fundingSource} narrows it to one. */
  private void realisation(RoutingContext ctx) {
    Year year = year(ctx);
    FundingSource source = QueryParams.enumValue(ctx, "fundingSource", FundingSource.class);
    Format format = QueryParams.enumValue(ctx, "format", Format.class);
    service.realisation(year, source).compose(report -> {
      if (format != Format.XLSX) {
        return Responses.json(ctx, 200, RealisationSheet.json(year.getValue(), report));
      }
      return service.realisationXlsx(report).compose(bytes -> ctx.response()
          .putHeader("Content-Type", XLSX_TYPE)
          .putHeader("Content-Disposition", "attachment; filename=\"realisasi-anggaran-" + year + ".xlsx\"")
          .putHeader("Cache-Control", "private, no-store")
          .end(Buffer.buffer(bytes)));
    }).onFailure(ctx::fail);
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
