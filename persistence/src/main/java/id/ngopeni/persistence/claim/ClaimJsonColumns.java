package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.AccidentDetails;
import id.ngopeni.domain.claim.Arrears;
import id.ngopeni.domain.claim.Eligibility;
import id.ngopeni.domain.claim.Entitlement;
import id.ngopeni.domain.claim.EntitlementLine;
import id.ngopeni.domain.claim.Payee;
import id.ngopeni.domain.claim.Reason;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.ErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The jsonb columns of a claim: eligibility and entitlement breakdown, both ways. The API shows
 * them in the same shape.
 */
public final class ClaimJsonColumns {
  private ClaimJsonColumns() {}

  public static JsonObject eligibility(Eligibility eligibility) {
    JsonArray reasons = new JsonArray();
    eligibility.reasons().forEach(r -> reasons.add(new JsonObject().put("code", r.code()).put("message", r.message())));
    JsonObject json = new JsonObject().put("eligible", eligibility.eligible()).put("reasons", reasons);
    Arrears a = eligibility.arrears();
    if (a != null) {
      json.put("arrears", new JsonObject().put("from", a.from().toString()).put("to", a.to().toString())
          .put("amount", a.amount().amount()).put("payable", a.payable()));
    }
    return json;
  }

  static Eligibility eligibility(JsonObject json) {
    List<Reason> reasons = new ArrayList<>();
    JsonArray array = json.getJsonArray("reasons");
    for (int i = 0; i < array.size(); i++) {
      JsonObject r = array.getJsonObject(i);
      reasons.add(new Reason(ErrorCode.of(r.getString("code")), r.getString("message")));
    }
    JsonObject a = json.getJsonObject("arrears");
    Arrears arrears = a == null ? null : new Arrears(YearMonth.parse(a.getString("from")),
        YearMonth.parse(a.getString("to")), Rupiah.of(a.getLong("amount")), a.getBoolean("payable"));
    return new Eligibility(json.getBoolean("eligible"), reasons, arrears);
  }

  public static JsonArray lines(Entitlement entitlement) {
    JsonArray lines = new JsonArray();
    for (EntitlementLine line : entitlement.lines()) {
      lines.add(new JsonObject()
          .put("code", line.code())
          .put("label", line.label())
          .put("labelEn", line.labelEn())
          .put("amount", line.amount().amount())
          .put("regulation", line.regulation())
          .put("flagged", line.flagged())
          .put("payee", line.payee().name()));
    }
    return lines;
  }

  static Entitlement entitlement(long total, JsonArray json) {
    List<EntitlementLine> lines = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      JsonObject l = json.getJsonObject(i);
      lines.add(new EntitlementLine(l.getString("code"), l.getString("label"), l.getString("labelEn"),
          Rupiah.of(l.getLong("amount")), l.getString("regulation"), l.getBoolean("flagged"),
          Payee.valueOf(l.getString("payee", Payee.HEIR.name()))));
    }
    return new Entitlement(Rupiah.of(total), lines);
  }

  /** {unableToWorkFrom, unableToWorkUntil, totalDisability, disabilities: [{tableCode, functionLostPercent}]} */
  public static JsonObject accident(AccidentDetails a) {
    JsonArray findings = new JsonArray();
    a.disabilities().forEach(f -> findings.add(new JsonObject().put("tableCode", f.tableCode())
        .put("functionLostPercent", f.functionLostPercent())));
    return new JsonObject()
        .put("unableToWorkFrom", a.unableToWorkFrom() == null ? null : a.unableToWorkFrom().toString())
        .put("unableToWorkUntil", a.unableToWorkUntil() == null ? null : a.unableToWorkUntil().toString())
        .put("totalDisability", a.totalDisability())
        .put("disabilities", findings);
  }

  static AccidentDetails accident(JsonObject json) {
    if (json == null) {
      return null;
    }
    List<AccidentDetails.Finding> findings = new ArrayList<>();
    JsonArray array = json.getJsonArray("disabilities", new JsonArray());
    for (int i = 0; i < array.size(); i++) {
      JsonObject f = array.getJsonObject(i);
      findings.add(new AccidentDetails.Finding(f.getString("tableCode"), f.getInteger("functionLostPercent")));
    }
    String from = json.getString("unableToWorkFrom");
    String until = json.getString("unableToWorkUntil");
    return new AccidentDetails(from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until),
        json.getBoolean("totalDisability", false), findings);
  }
}
