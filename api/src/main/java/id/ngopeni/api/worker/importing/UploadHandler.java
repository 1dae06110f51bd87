package id.ngopeni.api.worker.importing;

import id.ngopeni.api.http.BodyDigest;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.problem.HttpError;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /imports/workers}: hands the body, as it arrives, to {@link ImportService#upload}
 * (which streams it into PostgreSQL, queues the job and records {@code import.started}) and
 * answers 202 with the job's id.
 */
final class UploadHandler implements Handler<RoutingContext> {
  private final ImportService service;
  private final long maxBytes;

  UploadHandler(ImportService service, long maxBytes) {
    this.service = service;
    this.maxBytes = maxBytes;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    request.pause(); // nothing of the body may be read before the pipe is in place
    Caller caller = Caller.of(ctx);
    ImportFormat format = ImportFormat.ofContentType(request.getHeader("Content-Type")).orElse(null);
    if (format == null) {
      refuse(ctx, new HttpProblem(HttpError.UNSUPPORTED_MEDIA_TYPE,
          "Send the file as text/csv or as XLSX (" + ImportFormat.XLSX_TYPE + ")."));
      return;
    }
    if (declaredLength(request) > maxBytes) {
      refuse(ctx, tooLarge());
      return;
    }
    // Digested as it streams: a retry with the same Idempotency-Key must be the same file.
    service.upload(caller, format, BodyDigest.digesting(ctx), maxBytes)
        .onSuccess(job -> {
          ctx.response().putHeader("Location", "/api/v1/imports/" + job.id());
          Responses.json(ctx, 202, new JsonObject().put("id", job.id().toString()).put("status", job.status().name()));
        })
        .onFailure(failure -> {
          if (isTooLarge(failure)) {
            refuse(ctx, tooLarge());
          } else if (!ctx.response().ended()) {
            // Perhaps refused before the body was read (import_queue_full): do not read it now.
            refuse(ctx, failure);
          }
        });
  }

  /** Refuses before or while reading the body; the connection closes, so what is left is not read. */
  private static void refuse(RoutingContext ctx, Throwable problem) {
    ctx.response().putHeader("Connection", "close");
    ctx.request().resume();
    ctx.fail(problem);
  }

  private HttpProblem tooLarge() {
    return new HttpProblem(HttpError.BODY_TOO_LARGE,
        "The file is larger than this endpoint accepts (" + maxBytes / (1024 * 1024) + " MiB).");
  }

  private static boolean isTooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ChunkSink.TooLarge) {
        return true;
      }
    }
    return false;
  }

  private static long declaredLength(HttpServerRequest request) {
    String header = request.getHeader("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
