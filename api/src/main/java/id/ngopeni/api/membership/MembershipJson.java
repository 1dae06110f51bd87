package id.ngopeni.api.membership;

import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.tariff.Premium;
import id.ngopeni.persistence.membership.StoredMembership;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;

/** A membership as the API shows it; the premium is always the domain's, never stored. */
public final class MembershipJson {
  private MembershipJson() {}

  public static JsonObject of(StoredMembership stored, YearMonth premiumMonth, Premium premium) {
    Membership m = stored.membership();
    JsonArray programs = new JsonArray();
    m.programs().stream().sorted().map(Program::name).forEach(programs::add);
    JsonArray breakdown = new JsonArray();
    premium.lines().forEach(l -> breakdown.add(new JsonObject().put("program", l.program().name()).put("amount", l.amount().amount())));
    return new JsonObject()
        .put("id", m.id().toString())
        .put("workerId", m.workerId().toString())
        .put("status", m.status().name())
        .put("programs", programs)
        .put("declaredIncome", m.declaredIncome().amount())
        .put("fundingSource", m.fundingSource().name())
        .put("sector", m.sector().name())
        .put("startDate", m.startDate().toString())
        .put("endDate", m.endDate() == null ? null : m.endDate().toString())
        .put("endReason", m.endReason())
        .put("premiumMonth", premiumMonth.toString())
        .put("monthlyPremium", premium.total().amount())
        .put("premiumBreakdown", breakdown)
        .put("version", m.version())
        .put("kpj", stored.kpj())
        .put("createdAt", stored.createdAt().toString());
  }

  /** For the audit trail: the facts, no premium (that is derived), no NIK. */
  public static JsonObject audit(Membership m) {
    return new JsonObject()
        .put("workerId", m.workerId().toString())
        .put("status", m.status().name())
        .put("programs", new JsonArray(m.programs().stream().sorted().map(Program::name).toList()))
        .put("declaredIncome", m.declaredIncome().amount())
        .put("fundingSource", m.fundingSource().name())
        .put("sector", m.sector().name())
        .put("startDate", m.startDate().toString())
        .put("endDate", m.endDate() == null ? null : m.endDate().toString())
        .put("endReason", m.endReason());
  }

  /**
   * The month whose premium a membership shows: the current one, held within the months it is
   * billed for (a future start shows its first month, an ended one its last).
   */
  public static YearMonth premiumMonth(Membership m, YearMonth current) {
    YearMonth first = YearMonth.from(m.startDate());
    if (current.isBefore(first)) {
      return first;
    }
    if (m.endDate() != null && current.isAfter(YearMonth.from(m.endDate()))) {
      return YearMonth.from(m.endDate());
    }
    return current;
  }
}
