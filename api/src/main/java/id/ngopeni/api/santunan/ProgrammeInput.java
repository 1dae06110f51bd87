package id.ngopeni.api.santunan;

import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.santunan.Programme;
import id.ngopeni.domain.santunan.ProgrammeRules;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads a programme's body (create or replace): the shape here, the rules in {@code ProgrammeRules}. */
final class ProgrammeInput {
  private ProgrammeInput() {}

  static Programme read(RoutingContext ctx, UUID id) {
    JsonObject json = JsonInput.object(ctx);
    Fields in = new Fields(json);
    // Required fields are the domain's to report (ProgrammeRules), so one 422 names every bad field.
    String name = in.string("name", false);
    String regulationNumber = in.string("regulationNumber", false);
    var regulationDate = in.date("regulationDate", false);
    var effectiveFrom = in.date("effectiveFrom", false);
    var effectiveTo = in.date("effectiveTo", false);
    List<String> categories = in.strings("categories", false);
    List<String> sources = in.strings("membershipSources", false);
    Boolean active = in.bool("requiresActiveMembership", false);
    Map<EventKind, Rupiah> amounts = amounts(json, in);
    Long year = in.wholeNumber("budgetYear", false);
    FundingSource budgetSource = in.enumValue("budgetSource", FundingSource.class, false);
    Long ceiling = in.wholeNumber("budgetCeiling", false);
    Set<FundingSource> membershipSources = new HashSet<>();
    if (sources != null) {
      for (int i = 0; i < sources.size(); i++) {
        String s = sources.get(i);
        try {
          membershipSources.add(FundingSource.valueOf(s));
        } catch (IllegalArgumentException e) {
          in.violations().add("membershipSources[" + i + "]", HttpError.VALUE_UNKNOWN);
        }
      }
    }
    Violations violations = in.finish();
    Programme programme = new Programme(id, name == null ? null : name.strip(),
        regulationNumber == null ? null : regulationNumber.strip(), regulationDate, effectiveFrom, effectiveTo,
        categories == null ? Set.of() : Set.copyOf(categories), membershipSources, active == null || active, amounts,
        year == null ? 0 : year.intValue(), budgetSource, ceiling == null ? null : Rupiah.of(ceiling), 1);
    try {
      ProgrammeRules.validate(programme);
    } catch (Invalid rules) {
      violations.addAll(rules.errors());
    }
    violations.throwIfAny();
    return programme;
  }

  /** {"DEATH": 10000000, …}: an object of event kinds to whole rupiah. */
  private static Map<EventKind, Rupiah> amounts(JsonObject json, Fields in) {
    Map<EventKind, Rupiah> out = new EnumMap<>(EventKind.class);
    if (!in.has("amounts") || json.getValue("amounts") == null) {
      return out; // ProgrammeRules: amounts_required
    }
    if (!(json.getValue("amounts") instanceof JsonObject object)) {
      in.violations().add("amounts", HttpError.TYPE_MISMATCH);
      return out;
    }
    for (String key : object.fieldNames()) {
      Object value = object.getValue(key);
      EventKind kind = null;
      for (EventKind k : EventKind.values()) {
        if (k.name().equals(key)) {
          kind = k;
        }
      }
      if (kind == null) {
        in.violations().add("amounts." + key, HttpError.VALUE_UNKNOWN);
      } else if (!(value instanceof Number n) || value instanceof Double || value instanceof Float) {
        in.violations().add("amounts." + key, HttpError.TYPE_MISMATCH);
      } else {
        out.put(kind, Rupiah.of(n.longValue()));
      }
    }
    return out;
  }
}
