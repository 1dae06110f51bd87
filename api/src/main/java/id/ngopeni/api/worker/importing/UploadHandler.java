package id.ngopeni.api.worker.importing;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.Ids;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.worker.importing.ImportJob;
import id.ngopeni.persistence.worker.importing.ImportRepository;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /imports/workers}: streams the body into PostgreSQL (never whole into memory),
 * queues the job, records {@code import.started} and answers 202 with the job's id.
 */
public final class UploadHandler implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);

  private final AppContext context;
  private final ImportRepository imports;
  private final ImportPoller poller;
  private final long maxBytes;

  public UploadHandler(AppContext context, ImportRepository imports, ImportPoller poller, long maxBytes) {
    this.context = context;
    this.imports = imports;
    this.poller = poller;
    this.maxBytes = maxBytes;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    request.pause(); // nothing of the body may be read before the pipe is in place
    Caller caller = Caller.of(ctx);
    ImportFormat format = ImportFormat.ofContentType(request.getHeader("Content-Type")).orElse(null);
    if (format == null) {
      refuse(ctx, new HttpProblem(415, "unsupported_media_type",
          "Send the file as text/csv or as XLSX (" + ImportFormat.XLSX_TYPE + ")."));
      return;
    }
    if (declaredLength(request) > maxBytes) {
      refuse(ctx, tooLarge());
      return;
    }
    UUID id = Ids.newId();
    List<String> scope = caller.role().isAreaScoped() ? caller.kelurahanCodes() : null;
    imports.createReceiving(context.pool(), id, format.name(), caller.userId(), caller.role().name(), scope,
            ChunkSink.RECEIVING_LEASE)
        .compose(v -> request.pipeTo(new ChunkSink(context.pool(), imports, id, maxBytes)))
        .compose(v -> context.pool().withTransaction(tx -> imports.markQueued(tx, id)
            .compose(job -> context.audit()
                .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "import.started", "worker_import",
                    id.toString(), null, started(job.orElseThrow())))
                .map(job.get()))))
        .onSuccess(job -> {
          poller.kick();
          ctx.response().putHeader("Location", "/api/v1/imports/" + id);
          Responses.json(ctx, 202, new JsonObject().put("id", id.toString()).put("status", job.status().name()));
        })
        .onFailure(failure -> imports.deleteReceiving(context.pool(), id)
            .onFailure(e -> LOG.warn("Could not drop the aborted upload {}: {}", id, PgErrors.describe(e)))
            .onComplete(dropped -> {
              if (isTooLarge(failure)) {
                refuse(ctx, tooLarge());
              } else if (!ctx.response().ended()) {
                ctx.fail(failure);
              }
            }));
  }

  private static JsonObject started(ImportJob job) {
    return new JsonObject()
        .put("status", job.status().name())
        .put("format", job.format())
        .put("sizeBytes", job.sizeBytes())
        .put("scopeKelurahan", job.scopeKelurahan());
  }

  /** Refuses before or while reading the body; the connection closes, so what is left is not read. */
  private static void refuse(RoutingContext ctx, HttpProblem problem) {
    ctx.response().putHeader("Connection", "close");
    ctx.request().resume();
    ctx.fail(problem);
  }

  private HttpProblem tooLarge() {
    return new HttpProblem(413, "body_too_large",
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
