package id.ngopeni.api.worker.importing;

import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.auth.RequireRole;
import id.ngopeni.domain.user.Role;
import io.vertx.ext.web.Router;

/**
 * Bulk worker import (CSV or XLSX): the upload, list and progress routes. Jobs live in PostgreSQL,
 * so any instance's {@link ImportPoller} may run or resume any import.
 */
public final class ImportRoutes implements Feature {
  /** Larger files are refused with 413; 200 MiB is well over a million rows of CSV. */
  public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
  /** Rows per transaction of an import (measured: docs/PERFORMANCE.md, import). */
  public static final int BATCH_SIZE = 1000;
  /** How often an idle instance looks for queued imports. */
  public static final long POLL_MILLIS = 2000;

  private final UploadHandler upload;
  private final ImportQueries queries;

  public ImportRoutes(UploadHandler upload, ImportQueries queries) {
    this.upload = upload;
    this.queries = queries;
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
