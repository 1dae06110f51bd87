package id.ngopeni.api.invoice;

import id.ngopeni.domain.invoice.InvoiceEstimate;
import id.ngopeni.domain.invoice.InvoiceRunStatus;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.persistence.invoice.InvoiceMonth;
import id.ngopeni.persistence.invoice.StoredInvoice;
import id.ngopeni.persistence.invoice.StoredInvoiceRun;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;

final class InvoiceJson {
  private InvoiceJson() {}

  static JsonObject of(StoredInvoice i) {
    return new JsonObject()
        .put("id", i.id().toString())
        .put("period", i.period().toString())
        .put("fundingSource", i.fundingSource().name())
        .put("status", i.status())
        .put("total", i.total())
        .put("lineCount", i.lineCount())
        .put("paidAt", i.paidOn() == null ? null : i.paidOn().toString())
        .put("reference", i.paymentReference())
        .put("version", i.version())
        .put("createdAt", i.createdAt().toString());
  }

  /** A generation run; {@code created} and the period's invoices ({@code items}) once DONE. */
  static JsonObject of(InvoiceService.Run r) {
    StoredInvoiceRun run = r.run();
    InvoiceRunStatus status = InvoiceRunStatus.of(run.status(), run.startedAt() != null);
    JsonObject out = new JsonObject()
        .put("id", run.id().toString())
        .put("period", run.period().toString())
        .put("status", status.name())
        .put("requestedAt", run.requestedAt().toString())
        .put("startedAt", run.startedAt() == null ? null : run.startedAt().toString())
        .put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString())
        .put("attempts", run.attempts())
        .put("created", run.created())
        .put("error", run.error());
    if (status == InvoiceRunStatus.DONE) {
      JsonArray items = new JsonArray();
      r.invoices().forEach(i -> items.add(of(i)));
      out.put("items", items);
    }
    return out;
  }

  static JsonObject of(InvoiceMonth m) {
    return new JsonObject().put("period", m.period().toString()).put("invoices", m.invoices())
        .put("lineCount", m.lineCount()).put("total", m.total()).put("unpaid", m.unpaid())
        .put("unpaidTotal", m.unpaidTotal());
  }

  /**
   * One item per funding source: an existing invoice as it stands (generation leaves it), else
   * the estimate of the invoice generation would create; {@code newInvoices} and {@code newTotal}
   * sum the ones to be created.
   */
  static JsonObject of(InvoiceGeneration.Preview p) {
    Map<FundingSource, JsonObject> items = new EnumMap<>(FundingSource.class);
    for (InvoiceEstimate e : p.estimates()) {
      items.put(e.fundingSource(), new JsonObject().put("fundingSource", e.fundingSource().name())
          .put("members", e.members()).put("total", e.total().amount()).putNull("invoice"));
    }
    for (StoredInvoice i : p.existing()) {
      items.put(i.fundingSource(), new JsonObject().put("fundingSource", i.fundingSource().name())
          .put("members", (long) i.lineCount()).put("total", i.total()).put("invoice", of(i)));
    }
    long newTotal = 0;
    int newInvoices = 0;
    for (JsonObject item : items.values()) {
      if (item.getValue("invoice") == null) {
        newInvoices++;
        newTotal += item.getLong("total");
      }
    }
    return new JsonObject().put("period", p.period().toString()).put("lapsing", p.lapsing())
        .put("newInvoices", newInvoices).put("newTotal", newTotal).put("items", new JsonArray(java.util.List.copyOf(items.values())));
  }
}
