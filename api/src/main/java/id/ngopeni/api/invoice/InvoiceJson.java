package id.ngopeni.api.invoice;

import id.ngopeni.persistence.invoice.StoredInvoice;
import io.vertx.core.json.JsonObject;

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
}
