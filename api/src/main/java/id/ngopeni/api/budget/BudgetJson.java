package id.ngopeni.api.budget;

import id.ngopeni.domain.budget.BudgetPosition;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.persistence.budget.StoredBudget;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class BudgetJson {
  private BudgetJson() {}

  /** A budget as set: what {@code PUT} answers and the audit records. */
  static JsonObject of(StoredBudget stored) {
    return new JsonObject().put("year", stored.budget().year().getValue())
        .put("fundingSource", stored.budget().fundingSource().name())
        .put("allocated", stored.budget().allocated().amount()).put("version", stored.version());
  }

  /** The year's positions, each with the version of its budget row. */
  static JsonObject year(Year year, YearMonth current, List<StoredBudget> stored, List<BudgetLedger.Explained> positions) {
    Map<FundingSource, Integer> versions = new HashMap<>();
    stored.forEach(s -> versions.put(s.budget().fundingSource(), s.version()));
    JsonArray items = new JsonArray();
    positions.forEach(e -> items.add(position(e.position(), versions.get(e.position().fundingSource()))
        .put("affordableMonths", e.affordability().months().size())
        .put("affordableFrom", e.affordability().months().isEmpty() ? null : e.affordability().months().get(0).toString())
        .put("costPerWorker", e.affordability().perWorker().amount())));
    return new JsonObject().put("year", year.getValue()).put("currentMonth", current.toString()).put("items", items);
  }

  private static JsonObject position(BudgetPosition p, int version) {
    return new JsonObject()
        .put("fundingSource", p.fundingSource().name())
        .put("allocated", p.allocated().amount())
        .put("committed", p.committed().amount())
        .put("invoiced", p.invoiced().amount())
        .put("remaining", p.remaining().amount())
        .put("workersAffordable", p.workersAffordable())
        .put("version", version);
  }
}
