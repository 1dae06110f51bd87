package id.ngopeni.api.bpjs;

import id.ngopeni.api.worker.importing.Sheets;
import id.ngopeni.domain.bpjs.BillRows;
import id.ngopeni.domain.bpjs.BillRows.BillRow;
import id.ngopeni.domain.bpjs.HeaderMap;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.bpjs.ReconciliationRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Streams BPJS's bill into the reconciliation's rows inside the caller's transaction: a slice of
 * rows is read and checked on a worker thread, then inserted in one statement, then the next
 * slice is read — memory holds one slice, whatever the file's size. After the first wrong row
 * nothing more is inserted (the transaction will be rolled back), but reading goes on to report
 * up to {@link #MAX_ERRORS} errors.
 */
final class BillImport {
  static final int SLICE = 10_000;
  static final int MAX_ERRORS = 1_000;

  private final Vertx vertx;
  private final ReconciliationRepository repository;
  private final SqlClient tx;
  private final UUID reconciliationId;
  private final Violations violations = new Violations();
  private int errors;
  private int rows;
  private HeaderMap header;
  private Sheets.Reader reader;

  BillImport(Vertx vertx, ReconciliationRepository repository, SqlClient tx, UUID reconciliationId) {
    this.vertx = vertx;
    this.repository = repository;
    this.tx = tx;
    this.reconciliationId = reconciliationId;
  }

  /** Reads the whole file; the result carries every error found (none: every row was inserted). */
  Future<Violations> run(Path file, boolean xlsx) {
    return vertx.executeBlocking(() -> Sheets.open(file, xlsx), false)
        .compose(opened -> {
          reader = opened;
          return slice();
        })
        .eventually(() -> vertx.executeBlocking(() -> {
          if (reader != null) {
            reader.close();
          }
          return null;
        }, false))
        .map(v -> {
          if (header != null && rows == 0 && violations.isEmpty()) {
            violations.add("rows", BpjsError.BPJS_FILE_EMPTY);
          }
          if (header == null) {
            violations.add("rows", BpjsError.BPJS_FILE_EMPTY);
          }
          return violations;
        });
  }

  int rows() {
    return rows;
  }

  private Future<Void> slice() {
    return vertx.executeBlocking(this::readSlice, false).compose(slice -> {
      if (slice == null) {
        return Future.succeededFuture();
      }
      Future<Void> written = slice.isEmpty() || errors > 0 ? Future.succeededFuture()
          : repository.insertRows(tx, reconciliationId, slice);
      return written.compose(v -> slice());
    });
  }

  /** The next slice's good rows (possibly none), or null at the end of the file. */
  private List<BillRow> readSlice() {
    try {
      List<Sheets.Line> lines = errors >= MAX_ERRORS ? List.of() : reader.next(SLICE);
      if (lines.isEmpty()) {
        return null;
      }
      List<BillRow> good = new ArrayList<>(lines.size());
      for (Sheets.Line line : lines) {
        if (header == null) {
          header = HeaderMap.of(line.cells(), BillRows.COLUMNS, BillRows.REQUIRED, violations);
          if (!violations.isEmpty()) {
            errors = MAX_ERRORS; // a wrong header: its rows mean nothing
            return null;
          }
          continue;
        }
        rows++;
        BillRow row = BillRows.read(header, line.number(), line.cells(), violations);
        if (row == null) {
          errors++;
        } else if (errors == 0) {
          good.add(row);
        }
      }
      return good;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
