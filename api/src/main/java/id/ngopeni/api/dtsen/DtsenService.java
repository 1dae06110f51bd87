package id.ngopeni.api.dtsen;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.worker.importing.FileProblem;
import id.ngopeni.api.worker.importing.ImportFormat;
import id.ngopeni.api.worker.importing.SheetRows;
import id.ngopeni.api.worker.importing.SheetFiles;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.dtsen.Decile;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.DtsenError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.dtsen.DecilePolicy;
import id.ngopeni.persistence.dtsen.DtsenImport;
import id.ngopeni.persistence.dtsen.DtsenRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * DTSEN extracts and the decile policies. An import is one transaction: the file is read in
 * batches off the event loop and staged with unnest arrays, repeated NIKs are found in SQL, and
 * either every row lands or, with any refused row, none does (422 listing the rows). The same
 * file again (by SHA-256) answers the earlier import and changes nothing. One audit entry per
 * import, with counts only; never a NIK.
 */
public record DtsenService(AppContext context, DtsenRepository deciles) {
  static final int BATCH_SIZE = 10_000;

  /** An import and whether this request created it (false: the same file was imported before). */
  record Imported(DtsenImport extract, boolean created) {}

  Future<Imported> importExtract(Caller caller, Path file, ImportFormat format, LocalDate extractDate) {
    return context.vertx().executeBlocking(() -> sha256(file)).compose(digest ->
        deciles.byDigest(context.pool(), digest).compose(earlier -> earlier.isPresent()
            ? Future.succeededFuture(new Imported(earlier.get(), false))
            : store(caller, file, format, extractDate, digest)));
  }

  private Future<Imported> store(Caller caller, Path file, ImportFormat format, LocalDate extractDate, byte[] digest) {
    UUID id = Ids.newId();
    Violations violations = new Violations();
    return context.vertx().executeBlocking(() -> new ExtractReader(open(file, format), violations, BATCH_SIZE))
        .compose(reader -> context.pool().withTransaction(tx -> deciles.begin(tx, id, extractDate, digest, format.name(),
                caller.userId())
            .compose(v -> pump(tx, reader))
            .compose(v -> deciles.repeated(tx, ExtractReader.MAX_ERRORS))
            .compose(repeated -> {
              repeated.forEach(r -> violations.add("rows[" + r.row() + "].nik", DtsenError.NIK_REPEATED,
                  "This NIK already appears on row " + r.firstRow() + "."));
              violations.throwIfAny();
              return deciles.apply(tx, id, extractDate, reader.count());
            })
            .compose(updated -> deciles.find(tx, id).compose(found -> {
              DtsenImport stored = found.orElseThrow();
              JsonObject after = DtsenJson.extract(stored).put("decilesChanged", updated);
              return context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(), "dtsen.imported",
                  "dtsen_import", id.toString(), null, after)).map(seq -> new Imported(stored, true));
            })))
            .eventually(() -> context.vertx().executeBlocking(() -> {
              reader.close();
              return null;
            })));
  }

  /** Reads and stages batch after batch until the file ends. */
  private Future<Void> pump(SqlClient tx, ExtractReader reader) {
    // Read and blind-indexed on a worker thread: 10,000 HMACs a batch stay off the event loop.
    return context.vertx().executeBlocking(() -> deciles.index(reader.next())).compose(batch -> batch.size() == 0
        ? Future.succeededFuture()
        : deciles.stage(tx, batch).compose(v -> pump(tx, reader)));
  }

  Future<List<DtsenImport>> recent(int limit) {
    return deciles.recent(context.pool(), limit);
  }

  Future<List<DecilePolicy>> policies() {
    return deciles.policies(context.pool());
  }

  /** Sets (1–10) or switches off (null) a funding source's "decile ≤ N" policy; audited. */
  Future<JsonObject> putPolicy(Caller caller, FundingSource source, Long maxDecile, Violations violations) {
    if (maxDecile != null && !Decile.isValidLimit(maxDecile)) {
      violations.add("maxDecile", DtsenError.MAX_DECILE_INVALID);
    }
    violations.throwIfAny();
    Integer limit = maxDecile == null ? null : maxDecile.intValue();
    return context.pool().withTransaction(tx -> deciles.lockPolicy(tx, source.name()).compose(before ->
        deciles.putPolicy(tx, source.name(), limit, caller.userId()).compose(v -> {
          JsonObject after = DtsenJson.policy(source.name(), limit);
          JsonObject was = DtsenJson.policy(source.name(), before.map(DecilePolicy::maxDecile).orElse(null));
          return context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(), "dtsen.policy_set",
              "funding_source", source.name(), was, after)).map(seq -> after);
        })));
  }

  /** The file's rows; a file that cannot be opened at all is refused on field {@code file}. */
  private static SheetRows open(Path file, ImportFormat format) throws IOException {
    try {
      return SheetFiles.open(file, format);
    } catch (FileProblem e) {
      throw Invalid.of("file", e.errorCode(), e.getMessage());
    }
  }

  private static byte[] sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return digest.digest();
  }
}
