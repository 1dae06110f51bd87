package id.ngopeni.api.claim;

import id.ngopeni.domain.calendar.ClockReading;
import id.ngopeni.domain.claim.BpjsAnswer;
import id.ngopeni.domain.claim.FollowUpResolution;
import id.ngopeni.domain.claim.PaymentCheck;
import id.ngopeni.persistence.claim.CaseProgress;
import id.ngopeni.persistence.claim.StoredAnswer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The case part of a claim as the API shows it: hand-over, clocks, BPJS's answers, expected vs paid. */
final class ClaimCaseJson {
  private ClaimCaseJson() {}

  /** What every claim (also in lists) carries of its case. */
  static void progress(JsonObject json, CaseProgress p) {
    json.put("handOver", p.handOver() == null ? null : new JsonObject()
            .put("handedOverOn", p.handOver().handedOverOn().toString())
            .put("bpjsBranch", p.handOver().branch())
            .put("bpjsCaseNumber", p.handOver().caseNumber())
            .put("handedOverBy", p.handedOverBy() == null ? null : p.handedOverBy().toString()))
        .put("accidentReportedAt", p.accidentReportedAt() == null ? null : p.accidentReportedAt().toString())
        .put("paidTotal", p.paidTotal().amount())
        .put("followUp", new JsonArray(p.followUp().stream().map(Enum::name).sorted().toList()))
        .put("followUpOpen", p.followUpOpen())
        .put("followUpResolution", resolution(p.resolution()));
  }

  private static JsonObject resolution(FollowUpResolution r) {
    return r == null ? null : new JsonObject()
        .put("outcome", r.outcome().name())
        .put("reason", r.reason())
        .put("flags", new JsonArray(r.flags().stream().map(Enum::name).sorted().toList()))
        .put("resolvedBy", r.resolvedBy().toString())
        .put("resolvedAt", r.resolvedAt().toString());
  }

  static JsonObject caseOf(CaseView view) {
    JsonArray answers = new JsonArray();
    view.answers().forEach(a -> answers.add(answer(a)));
    return new JsonObject()
        .put("clocks", clocks(view.clocks()))
        .put("answers", answers)
        .put("check", check(view.check()));
  }

  static JsonArray clocks(List<ClockReading> clocks) {
    JsonArray out = new JsonArray();
    for (ClockReading c : clocks) {
      out.add(new JsonObject()
          .put("clock", c.clock().name())
          .put("unit", c.clock().unit().name())
          .put("duration", c.duration())
          .put("regulation", c.clock().regulation())
          .put("startedOn", c.startedOn().toString())
          .put("dueOn", c.dueOn().toString())
          .put("dueAt", c.dueAt() == null ? null : c.dueAt().toString())
          .put("stoppedOn", c.stoppedOn() == null ? null : c.stoppedOn().toString())
          .put("state", c.state().name())
          .put("late", c.late())
          .put("calendarComplete", c.calendarComplete()));
    }
    return out;
  }

  private static JsonObject answer(StoredAnswer stored) {
    BpjsAnswer a = stored.answer();
    JsonArray lines = new JsonArray();
    a.lines().forEach(l -> lines.add(new JsonObject().put("code", l.code()).put("amount", l.amount().amount())));
    return new JsonObject()
        .put("id", stored.id().toString())
        .put("outcome", a.outcome().name())
        .put("answeredOn", a.answeredOn().toString())
        .put("amount", a.amount().amount())
        .put("lines", lines)
        .put("paidToHeirId", a.payeeHeirId() == null ? null : a.payeeHeirId().toString())
        .put("paidToName", a.payeeName())
        .put("paidToRelationship", a.payeeRelationship() == null ? null : a.payeeRelationship().name())
        .put("reason", a.reason())
        .put("reference", a.reference())
        .put("recordedBy", stored.recordedBy().toString())
        .put("recordedAt", stored.recordedAt().toString());
  }

  private static JsonObject check(PaymentCheck check) {
    JsonArray lines = new JsonArray();
    for (PaymentCheck.LineCheck l : check.lines()) {
      lines.add(new JsonObject()
          .put("code", l.expected().code())
          .put("label", l.expected().label())
          .put("labelEn", l.expected().labelEn())
          .put("regulation", l.expected().regulation())
          .put("expected", l.expected().amount().amount())
          .put("paid", l.paid() == null ? null : l.paid().amount())
          .put("shortfall", l.shortfall()));
    }
    return new JsonObject()
        .put("expectedTotal", check.expectedTotal().amount())
        .put("paidTotal", check.paidTotal().amount())
        .put("lines", lines)
        .put("followUp", new JsonArray(check.followUp().stream().map(Enum::name).sorted().toList()));
  }
}
