package id.ngopeni.api.budget;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.budget.Earmark;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.budget.EarmarkRepository;
import id.ngopeni.persistence.reference.ReferenceRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/** Reads and replaces funding sources' earmarks; the rules are {@link Earmark}'s. */
public record EarmarkService(AppContext context, EarmarkRepository earmarks, ReferenceRepository reference) {
  Future<Map<String, Earmark>> all() {
    return earmarks.all(context.pool());
  }

  /** Replaces the source's earmark as a whole (no categories: the source pays for any), audited. */
  Future<JsonObject> put(Caller caller, FundingSource source, String basis, List<Earmark.Entry> entries,
      Violations violations) {
    return context.pool().withTransaction(tx -> reference.activeCategoryCodes(tx).compose(known -> {
      Earmark wanted = Earmark.of(basis, entries, known, violations);
      violations.throwIfAny();
      return earmarks.lock(tx, source.name()).compose(before -> earmarks.put(tx, source.name(), wanted, caller.userId())
          .compose(v -> context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(), "earmark.set",
              "funding_source", source.name(), json(source, before), json(source, wanted))))
          .map(seq -> json(source, wanted)));
    }));
  }

  /** A source's earmark: basis (null without one) and categories by priority, then code. */
  static JsonObject json(FundingSource source, Earmark earmark) {
    JsonArray categories = new JsonArray();
    earmark.priorities().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> categories.add(new JsonObject().put("category", e.getKey()).put("priority", e.getValue())));
    return new JsonObject().put("fundingSource", source.name()).put("basis", earmark.basis())
        .put("earmarked", !earmark.priorities().isEmpty()).put("categories", categories);
  }
}
