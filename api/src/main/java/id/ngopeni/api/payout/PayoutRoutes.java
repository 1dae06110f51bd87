package id.ngopeni.api.payout;

import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.claim.ClaimAccess;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.RecordNumber;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.payout.PayoutRequest;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.SantunanError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.payout.StoredPayout;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Payouts of city santunan entitlements (never of claims: BPJS pays those). Only an OPERATOR makes one. Approve and reject carry no role check of their own: the
 * domain answers a payout's creator {@code self_approval_forbidden} whatever role they hold
 * now, and everyone else but an APPROVER {@code role_forbidden}.
 */
public record PayoutRoutes(PayoutService service, PayoutReads reads, ReadRecorder recorder) implements Feature {
  static final RequireRole READERS = RequireRole.anyOf(Role.OPERATOR, Role.APPROVER, Role.ADMIN, Role.AUDITOR);

  @Override
  public void mount(Router api) {
    api.post("/santunan-entitlements/:id/payouts").handler(RequireRole.anyOf(Role.OPERATOR)).handler(this::create);
    api.post("/payouts/:id/approve").handler(this::approve);
    api.post("/payouts/:id/reject").handler(this::reject);
    api.post("/payouts/:id/cancel").handler(RequireRole.anyOf(Role.OPERATOR, Role.APPROVER)).handler(this::cancel);
    api.post("/payouts/:id/retry").handler(RequireRole.anyOf(Role.OPERATOR)).handler(this::retry);
    api.get("/payouts").handler(READERS).handler(this::list);
    api.get("/payouts/:id").handler(READERS).handler(this::get);
    api.post("/payouts/:id/reveal").handler(RequireRole.anyOf(Role.OPERATOR, Role.APPROVER)).handler(this::reveal);
  }

  private void create(RoutingContext ctx) {
    UUID entitlementId = ClaimAccess.pathId(ctx.pathParam("id"), () -> new NotFound(SantunanError.ENTITLEMENT_NOT_FOUND));
    Fields in = new Fields(JsonInput.object(ctx));
    String heir = in.string("heirId", false);
    var bankCode = in.string("bankCode", true);
    var accountNumber = in.string("accountNumber", true);
    var accountName = in.string("accountName", true);
    Long amount = in.wholeNumber("amount", false);
    UUID heirId = null;
    if (heir != null) {
      try {
        heirId = UUID.fromString(heir);
      } catch (IllegalArgumentException e) {
        in.violations().add("heirId", WorkerError.HEIR_NOT_REGISTERED);
      }
    }
    in.requireValid();
    var request = new PayoutRequest(heirId, bankCode, accountNumber, accountName, amount == null ? null : Rupiah.of(amount));
    service.create(Caller.of(ctx), entitlementId, request)
        .compose(p -> {
          ctx.response().putHeader("Location", "/api/v1/payouts/" + p.payout().id());
          return respond(ctx, 201, p);
        })
        .onFailure(ctx::fail);
  }

  private void approve(RoutingContext ctx) {
    UUID id = payoutId(ctx);
    new Fields(JsonInput.optionalObject(ctx)).requireValid();
    service.approve(Caller.of(ctx), id).compose(p -> respond(ctx, 200, p)).onFailure(ctx::fail);
  }

  /** A failed transfer back to PENDING_APPROVAL: it reaches the bank again only after a new approval. */
  private void retry(RoutingContext ctx) {
    UUID id = payoutId(ctx);
    new Fields(JsonInput.optionalObject(ctx)).requireValid();
    service.retry(Caller.of(ctx), id).compose(p -> respond(ctx, 200, p)).onFailure(ctx::fail);
  }

  private void reject(RoutingContext ctx) {
    withReason(ctx, (caller, id, reason) -> service.reject(caller, id, reason));
  }

  private void cancel(RoutingContext ctx) {
    withReason(ctx, (caller, id, reason) -> service.cancel(caller, id, reason));
  }

  private interface ReasonedChange {
    Future<StoredPayout> apply(Caller caller, UUID id, String reason);
  }

  private void withReason(RoutingContext ctx, ReasonedChange change) {
    UUID id = payoutId(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    String reason = in.string("reason", false);
    in.requireValid();
    change.apply(Caller.of(ctx), id, reason).compose(p -> respond(ctx, 200, p)).onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    PayoutStatus status = QueryParams.enumValue(ctx, "status", PayoutStatus.class);
    String claim = ctx.queryParams().get("claimId");
    UUID claimId = claim == null || claim.isEmpty() ? null : ClaimAccess.pathId(claim, ClaimAccess::notFound);
    String entitlement = ctx.queryParams().get("entitlementId");
    UUID entitlementId = entitlement == null || entitlement.isEmpty() ? null
        : ClaimAccess.pathId(entitlement, () -> new NotFound(SantunanError.ENTITLEMENT_NOT_FOUND));
    String number = QueryParams.recordNumber(ctx, "number", RecordNumber.PAYOUT);
    reads.list(recorder.reader(ctx), status, claimId, entitlementId, number, cursor, limit)
        .compose(slice -> Responses.json(ctx, 200,
            Paging.page(slice, p -> PayoutJson.of(p), item -> item.payout().id())))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    reads.get(recorder.reader(ctx), payoutId(ctx)).compose(p -> respond(ctx, 200, p)).onFailure(ctx::fail);
  }

  /** {@code POST /payouts/{id}/reveal {purpose}}: the account number in full, for PAYOUT only. */
  private void reveal(RoutingContext ctx) {
    UUID id = payoutId(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    String purpose = in.string("purpose", false);
    in.requireValid();
    Purpose parsed = Purpose.parse("purpose", purpose);
    reads.reveal(recorder.reader(ctx), id, parsed)
        .compose(p -> Responses.json(ctx, 200, PayoutJson.revealed(p, parsed)))
        .onFailure(ctx::fail);
  }

  private static Future<Void> respond(RoutingContext ctx, int status, StoredPayout p) {
    return Responses.versioned(ctx, status, PayoutJson.of(p), (int) p.payout().version());
  }

  private static UUID payoutId(RoutingContext ctx) {
    return ClaimAccess.pathId(ctx.pathParam("id"), PayoutService::notFound);
  }
}
