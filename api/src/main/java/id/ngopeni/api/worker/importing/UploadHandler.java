package id.ngopeni.api.worker.importing;

import id.ngopeni.api.http.BodyDigest;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.MediaTypes;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code POST /imports/workers}: hands the file, as it arrives, to {@link ImportService#upload}
 * (which streams it into PostgreSQL, queues the job and records {@code import.started}) and
 * answers 202 with the job's id. The file is the body itself ({@code text/csv} or XLSX), or the
 * part {@code file} of a {@code multipart/form-data} form, which is what generated clients send;
 * that part streams just the same.
 */
final class UploadHandler implements Handler<RoutingContext> {
  /** What a form may carry beside its file (boundaries, part headers) before its length is refused unread. */
  private static final long FORM_OVERHEAD = 64 * 1024;

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
    String type = request.getHeader("Content-Type");
    if (MediaTypes.is(type, "multipart/form-data")) {
      form(ctx, caller);
      return;
    }
    ImportFormat format = ImportFormat.ofContentType(type).orElse(null);
    if (format == null) {
      refuse(ctx, unsupported());
      return;
    }
    if (declaredLength(request) > maxBytes) {
      refuse(ctx, tooLarge());
      return;
    }
    // Digested as it streams: a retry with the same Idempotency-Key must be the same file.
    receive(ctx, caller, format, BodyDigest.digesting(ctx));
  }

  /**
   * The file as the form's part {@code file}: CSV or XLSX by the part's Content-Type, else by its
   * file name ({@code .csv}, {@code .xlsx}). Read up to that part's headers only, then held until
   * the service takes it; a form without it is 422, parts after it are read and ignored.
   */
  private void form(RoutingContext ctx, Caller caller) {
    HttpServerRequest request = ctx.request();
    if (declaredLength(request) > maxBytes + FORM_OVERHEAD) {
      refuse(ctx, tooLarge());
      return;
    }
    AtomicBoolean taken = new AtomicBoolean();
    request.setExpectMultipart(true);
    request.uploadHandler(upload -> {
      if (!taken.compareAndSet(false, true)) {
        upload.handler(ignored -> { });
        return;
      }
      upload.pause();
      ImportFormat format = formatOf(upload).orElse(null);
      if (!"file".equals(upload.name())) {
        refuse(ctx, Invalid.of("file", HttpError.REQUIRED, "Send the file as the form's part `file`."));
      } else if (format == null) {
        refuse(ctx, unsupported());
      } else {
        receive(ctx, caller, format, BodyDigest.digestingFilePart(ctx, upload));
      }
    });
    request.endHandler(v -> {
      if (taken.compareAndSet(false, true)) {
        ctx.fail(Invalid.of("file", HttpError.REQUIRED, "Send the file as the form's part `file`."));
      }
    });
    request.resume();
  }

  private static Optional<ImportFormat> formatOf(HttpServerFileUpload upload) {
    Optional<ImportFormat> declared = ImportFormat.ofContentType(upload.contentType());
    String name = upload.filename() == null ? "" : upload.filename().toLowerCase(Locale.ROOT);
    return declared.isPresent() ? declared
        : name.endsWith(".xlsx") ? Optional.of(ImportFormat.XLSX)
        : name.endsWith(".csv") ? Optional.of(ImportFormat.CSV) : Optional.empty();
  }

  private void receive(RoutingContext ctx, Caller caller, ImportFormat format, ReadStream<Buffer> file) {
    service.upload(caller, format, file, maxBytes)
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

  private static HttpProblem unsupported() {
    return new HttpProblem(HttpError.UNSUPPORTED_MEDIA_TYPE, "Send the file as text/csv or as XLSX ("
        + ImportFormat.XLSX_TYPE + "), as the body or as the part `file` of a multipart/form-data form.");
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
