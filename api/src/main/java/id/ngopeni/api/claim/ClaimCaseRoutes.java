package id.ngopeni.api.claim;

import id.ngopeni.api.http.AcceptLanguage;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.problem.Language;
import id.ngopeni.domain.claim.BpjsAnswer;
import id.ngopeni.domain.claim.BpjsOutcome;
import id.ngopeni.domain.claim.DecisionReason;
import id.ngopeni.domain.claim.FollowUpResolution;
import id.ngopeni.domain.claim.HandOver;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Following a case with BPJS: {@code /claims/{id}/handover}, {@code /bpjs-answer},
 * {@code /accident-report}, {@code /follow-up/resolve} (office work: OPERATOR, ADMIN), and the queues {@code /claims/overdue}
 * and {@code /claims/flagged} (every claim reader, field officers in their kelurahan). Mounted
 * before {@link ClaimRoutes}, so {@code /claims/overdue} is not read as a claim id.
 */
public record ClaimCaseRoutes(ClaimCaseService service, ReadRecorder recorder) implements Feature {
  private static final RequireRole OFFICE = RequireRole.anyOf(Role.OPERATOR, Role.ADMIN);
  static final int MAX_TEXT = 100;
  static final int MAX_NAME = 200;

  @Override
  public void mount(Router api) {
    api.get("/claims/overdue").handler(ClaimRoutes.READERS).handler(this::overdue);
    api.get("/claims/flagged").handler(ClaimRoutes.READERS).handler(this::flagged);
    api.post("/claims/:id/handover").handler(OFFICE).handler(this::handOver);
    api.post("/claims/:id/bpjs-answer").handler(OFFICE).handler(this::answer);
    api.post("/claims/:id/accident-report").handler(OFFICE).handler(this::accidentReport);
    api.post("/claims/:id/follow-up/resolve").handler(OFFICE).handler(this::resolveFollowUp);
  }

  private void resolveFollowUp(RoutingContext ctx) {
    UUID id = ClaimRoutes.claimId(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    var outcome = in.enumValue("outcome", FollowUpResolution.Outcome.class, true);
    String reason = in.string("reason", false);
    service.resolveFollowUp(Caller.of(ctx), id, outcome, reason, in.finish())
        .compose(view -> ClaimRoutes.respond(ctx, 200, view))
        .onFailure(ctx::fail);
  }

  private void handOver(RoutingContext ctx) {
    UUID id = ClaimRoutes.claimId(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    var handedOverOn = in.date("handedOverOn", true);
    String branch = text(in, "bpjsBranch", true, MAX_TEXT);
    String caseNumber = text(in, "bpjsCaseNumber", true, MAX_TEXT);
    Violations violations = in.finish();
    service.handOver(Caller.of(ctx), id, new HandOver(handedOverOn, branch, caseNumber), violations)
        .compose(view -> ClaimRoutes.respond(ctx, 200, view))
        .onFailure(ctx::fail);
  }

  private void answer(RoutingContext ctx) {
    UUID id = ClaimRoutes.claimId(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    var request = new ClaimCaseService.AnswerRequest(
        in.enumValue("outcome", BpjsOutcome.class, true),
        in.date("answeredOn", true),
        in.wholeNumber("amount", false),
        lines(in),
        in.uuid("paidToHeirId", false),
        text(in, "paidToName", false, MAX_NAME),
        text(in, "reason", false, DecisionReason.MAX_LENGTH),
        text(in, "reference", false, MAX_TEXT));
    service.answer(Caller.of(ctx), id, request, in.finish())
        .compose(view -> ClaimRoutes.respond(ctx, 200, view))
        .onFailure(ctx::fail);
  }

  private void accidentReport(RoutingContext ctx) {
    UUID id = ClaimRoutes.claimId(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    String text = in.string("reportedAt", true);
    Instant reportedAt = null;
    if (text != null) {
      try {
        reportedAt = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        in.violations().add("reportedAt", HttpError.DATE_INVALID, "An instant with its offset, e.g. 2026-08-14T09:30:00+07:00.");
      }
    }
    service.reportAccident(Caller.of(ctx), id, reportedAt, in.finish())
        .compose(view -> ClaimRoutes.respond(ctx, 200, view))
        .onFailure(ctx::fail);
  }

  private void overdue(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    Language language = AcceptLanguage.negotiate(ctx);
    service.overdue(recorder.reader(ctx), limit)
        .compose(list -> {
          JsonArray items = new JsonArray();
          list.forEach(o -> items.add(ClaimJson.of(o.claim(), language).put("clocks", ClaimCaseJson.clocks(o.clocks()))));
          return Responses.json(ctx, 200, new JsonObject().put("items", items).put("count", list.size()));
        })
        .onFailure(ctx::fail);
  }

  private void flagged(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    Language language = AcceptLanguage.negotiate(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    service.flagged(recorder.reader(ctx), cursor, limit)
        .compose(slice -> Responses.json(ctx, 200,
            Paging.page(slice, c -> ClaimJson.of(c, language), item -> item.id())))
        .onFailure(ctx::fail);
  }

  /** A text field stripped, at most {@code max} characters; {@code null} when absent. */
  private static String text(Fields in, String name, boolean required, int max) {
    String value = in.string(name, required);
    if (value == null) {
      return null;
    }
    if (value.strip().length() > max) {
      in.violations().add(name, HttpError.TOO_LONG, "At most " + max + " characters.");
      return null;
    }
    return value.strip();
  }

  /** {@code lines: [{code, amount}]}, each field checked; an absent list is empty. */
  private static List<BpjsAnswer.PaidLine> lines(Fields in) {
    return in.objects("lines", line -> {
      String code = line.string("code", true);
      Long amount = line.wholeNumber("amount", true);
      return code != null && amount != null ? new BpjsAnswer.PaidLine(code, Rupiah.of(amount)) : null;
    });
  }
}
