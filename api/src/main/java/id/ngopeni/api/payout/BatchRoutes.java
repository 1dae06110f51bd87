package id.ngopeni.api.payout;

import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.RecordNumber;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.claim.ClaimAccess;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireContentType;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.payout.BatchStatus;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.user.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code /payout-batches}: an OPERATOR batches approved payouts, and another OPERATOR (one who
 * made neither the batch nor its payouts) reconciles the bank's answer.
 */
public record BatchRoutes(BatchService service, BatchReads reads, ReadRecorder recorder) implements Feature {
  /** A bank result file of 50 000 rows is about 3 MiB. */
  static final long CSV_BODY_LIMIT = 8L * 1024 * 1024;
  private static final RequireContentType CSV = new RequireContentType("text/csv", "Send the bank's result file as text/csv.");

  @Override
  public void mount(Router api) {
    RequireRole operator = RequireRole.anyOf(Role.OPERATOR);
    api.post("/payout-batches").handler(operator).handler(this::create);
    api.get("/payout-batches").handler(PayoutRoutes.READERS).handler(this::list);
    api.get("/payout-batches/:id").handler(PayoutRoutes.READERS).handler(this::get);
    api.get("/payout-batches/:id/disbursement.csv").handler(operator).handler(this::disbursement);
    BodyHandler csvBody = BodyHandler.create(false).setBodyLimit(CSV_BODY_LIMIT);
    // Wrapped: Vert.x allows a BodyHandler only first on a route; the role check comes first.
    api.post("/payout-batches/:id/reconcile").handler(operator).handler(CSV).handler(csvBody::handle)
        .handler(this::reconcile);
  }

  private void create(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.optionalObject(ctx));
    List<String> texts = in.strings("payoutIds", false);
    List<UUID> ids = null;
    if (texts != null) {
      ids = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        try {
          ids.add(UUID.fromString(texts.get(i)));
        } catch (IllegalArgumentException e) {
          in.violations().add("payoutIds[" + i + "]", HttpError.UUID_INVALID);
        }
      }
    }
    in.requireValid();
    service.create(Caller.of(ctx), ids)
        .compose(created -> {
          ctx.response().putHeader("Location", "/api/v1/payout-batches/" + created.batch().id());
          return Responses.json(ctx, 201, PayoutJson.batch(created.batch()).put("heldBack", created.heldBack()));
        })
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    BatchStatus status = QueryParams.enumValue(ctx, "status", BatchStatus.class);
    String number = QueryParams.recordNumber(ctx, "number", RecordNumber.BATCH);
    service.list(status, number, cursor, limit)
        .compose(slice -> Responses.json(ctx, 200, Paging.page(slice, b -> PayoutJson.summary(b), item -> item.id())))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    reads.get(recorder.reader(ctx), batchId(ctx)).compose(b -> Responses.json(ctx, 200, PayoutJson.batch(b))).onFailure(ctx::fail);
  }

  private void disbursement(RoutingContext ctx) {
    reads.disbursement(recorder.reader(ctx), batchId(ctx))
        .compose(batch -> {
          String csv = Disbursement.csv(batch); // refuses before any header is set
          return ctx.response()
              .putHeader("Content-Type", "text/csv; charset=utf-8")
              .putHeader("Content-Disposition", "attachment; filename=\"" + BatchReads.fileName(batch) + "\"")
              .putHeader("Cache-Control", "private, no-store")
              .end(csv);
        })
        .onFailure(ctx::fail);
  }

  private void reconcile(RoutingContext ctx) {
    UUID id = batchId(ctx);
    String csv;
    try {
      csv = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw HttpProblem.badRequest(PayoutError.ENCODING_INVALID, "The file must be UTF-8.");
    }
    service.reconcile(Caller.of(ctx), id, csv)
        .compose(batch -> Responses.json(ctx, 200, PayoutJson.batch(batch)))
        .onFailure(ctx::fail);
  }

  private static UUID batchId(RoutingContext ctx) {
    return ClaimAccess.pathId(ctx.pathParam("id"), BatchService::notFound);
  }
}
