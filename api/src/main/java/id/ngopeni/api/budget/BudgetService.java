package id.ngopeni.api.budget;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.budget.Budget;
import id.ngopeni.domain.budget.BudgetRealisation;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.budget.BudgetRepository;
import id.ngopeni.persistence.budget.StoredBudget;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/** Budgets: setting a year's allocation for a source, and where every source's budget stands. */
public record BudgetService(AppContext context, BudgetRepository budgets, TariffRepository tariffs,
    BudgetLedger ledger) {

  /** Creates ({@code expectedVersion} null) or replaces the version the caller read. */
  public Future<StoredBudget> put(Caller caller, Budget budget, Integer expectedVersion) {
    return context.pool().withTransaction(tx -> budgets.put(tx, budget, expectedVersion, caller.userId())
        .compose(stored -> context.audit()
            .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "budget.set", "budget",
                budget.year() + "/" + budget.fundingSource(), null, new JsonObject()
                    .put("allocated", budget.allocated().amount()).put("version", stored.version())))
            .map(seq -> stored)));
  }

  /** Every budget of the year with its position as of the current month (Asia/Jakarta). */
  public Future<JsonObject> year(Year year) {
    YearMonth current = YearMonth.from(Jakarta.today(context.clock()));
    var db = context.pool();
    return budgets.ofYear(db, year)
        .compose(stored -> tariffs.book(db)
            .compose(book -> ledger.explained(db, year, null, stored.stream().map(StoredBudget::budget).toList(),
                current, book))
            .map(positions -> BudgetJson.year(year, current, stored, positions)));
  }

  /** The realisation report of the year's budgets (of one source, or of all with {@code sourceOrNull} null). */
  public Future<List<BudgetRealisation>> realisation(Year year, FundingSource sourceOrNull) {
    YearMonth current = YearMonth.from(Jakarta.today(context.clock()));
    return context.replicas().read(context.pool(), db -> budgets.ofYear(db, year).compose(stored -> tariffs.book(db)
        .compose(book -> ledger.realisations(db, year, stored.stream().map(StoredBudget::budget)
            .filter(b -> sourceOrNull == null || b.fundingSource() == sourceOrNull).toList(), current, book))));
  }

  /** The report as a workbook, written on a worker thread. */
  public Future<byte[]> realisationXlsx(List<BudgetRealisation> realisations) {
    return context.vertx().executeBlocking(() -> RealisationSheet.xlsx(realisations), false);
  }
}
