package id.ngopeni.api;

import id.ngopeni.api.platform.Config;
import id.ngopeni.api.reference.RegionImport;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.db.Pools;
import id.ngopeni.persistence.reference.RegionRepository;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar ngopeni.jar --load-regions FILE}: loads a {@code code,name} region CSV into the
 * configured database (migrating it first) exactly like {@code POST /regions/import}, then exits
 * without starting the HTTP server. It is a one-off set-up step for a new city, run before the
 * first start or beside a running external database; with the embedded database, stop the server
 * first (its data directory has one owner).
 */
public final class RegionLoadCommand {
  private RegionLoadCommand() {}

  /** @return the process exit code: 0 loaded, 1 refused (every bad row printed), 2 unreadable file */
  public static int run(Config config, Path file, PrintStream out) {
    String csv;
    try {
      csv = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      out.println("Cannot read " + file + ": " + e.getClass().getSimpleName());
      return 2;
    }
    if (csv.startsWith("\uFEFF")) {
      csv = csv.substring(1);
    }
    Vertx vertx = Vertx.vertx();
    try (MigratedDatabase database = MigratedDatabase.open(config, Application.dataKeys(config))) {
      Pool pool = Pools.create(vertx, database.target(), 2);
      try {
        var count = new RegionImport(pool, new RegionRepository(), new AuditLog(Application.auditKey(config))).load(csv, null, "SYSTEM").await();
        out.println("Regions loaded from " + file + ": " + count.inserted() + " new, " + count.updated() + " updated.");
        return 0;
      } catch (Invalid e) {
        out.println("Nothing was loaded; fix these rows of " + file + " (rows count from 0, header not counted):");
        for (FieldError error : e.errors()) {
          out.println("  " + error.field() + " " + error.code() + ": " + error.message());
        }
        return 1;
      } finally {
        pool.close().await();
      }
    } finally {
      vertx.close().await();
    }
  }
}
