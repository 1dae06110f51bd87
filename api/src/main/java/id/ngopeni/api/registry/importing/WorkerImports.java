package id.ngopeni.api.registry.importing;

import id.ngopeni.api.AppContext;
import id.ngopeni.api.Feature;
import id.ngopeni.api.auth.RequireRole;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.imports.ImportRepository;
import io.vertx.ext.web.Router;
import java.util.UUID;

/**
 * Bulk worker import (CSV or XLSX): the upload, list and progress routes, and this instance's import
 * poller. Jobs live in PostgreSQL, so any instance may run or resume any import.
 */
public final class WorkerImports implements Feature {
  /** Larger files are refused with 413; 200 MiB is well over a million rows of CSV. */
  public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
  static final int BATCH_SIZE = 1000;
  private static final long POLL_MILLIS = 2000;

  private final UploadHandler upload;
  private final ImportQueries queries;

  private WorkerImports(UploadHandler upload, ImportQueries queries) {
    this.upload = upload;
    this.queries = queries;
  }

  /** Builds the feature and deploys this instance's poller. */
  public static WorkerImports start(AppContext context) {
    ImportRepository imports = new ImportRepository();
    String owner = UUID.randomUUID().toString();
    ImportPoller poller = new ImportPoller(context.pool(), imports,
        new ImportRunner(context, imports, owner, BATCH_SIZE), owner, POLL_MILLIS);
    context.vertx().deployVerticle(poller).await();
    return new WorkerImports(new UploadHandler(context, imports, poller, MAX_UPLOAD_BYTES),
        new ImportQueries(context, imports));
  }

  @Override
  public void mount(Router api) {
    api.post("/imports/workers").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.FIELD_OFFICER)).handler(upload);
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR, Role.FIELD_OFFICER);
    api.get("/imports").handler(readers).handler(queries::list);
    api.get("/imports/:id").handler(readers).handler(queries::get);
    api.get("/imports/:id/errors.csv").handler(readers).handler(queries::errorsCsv);
  }
}
