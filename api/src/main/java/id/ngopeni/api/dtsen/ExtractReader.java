package id.ngopeni.api.dtsen;

import id.ngopeni.api.worker.importing.FileProblem;
import id.ngopeni.api.worker.importing.SheetRows;
import id.ngopeni.api.worker.importing.SourceRow;
import id.ngopeni.domain.dtsen.Decile;
import id.ngopeni.domain.problem.DtsenError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.persistence.dtsen.StagedRows;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * An extract read in batches (blocking: call it off the event loop, one batch at a time). Valid
 * rows go to the batch; a refused row adds {@code rows[n].nik} or {@code rows[n].decile} to the
 * violations (n: the row as a spreadsheet numbers it, the header being row 1). Reading stops early
 * once {@link #MAX_ERRORS} rows are refused: nothing will be stored anyway.
 */
final class ExtractReader implements AutoCloseable {
  static final int MAX_ERRORS = 100;

  private final SheetRows rows;
  private final Violations violations;
  private final Integer[] rowNumbers;
  private final String[] niks;
  private final Short[] deciles;
  private ExtractColumns columns;
  private boolean started;
  private boolean done;
  private int count;

  ExtractReader(SheetRows rows, Violations violations, int batchSize) {
    this.rows = rows;
    this.violations = violations;
    this.rowNumbers = new Integer[batchSize];
    this.niks = new String[batchSize];
    this.deciles = new Short[batchSize];
  }

  /** The next batch of valid rows; size 0 at the end of the file (or of a file that cannot be read). */
  StagedRows next() throws IOException {
    int size = 0;
    try {
      if (!started) {
        started = true;
        columns = ExtractColumns.of(rows.next(), violations);
        done = columns == null;
      }
      while (!done && size < niks.length) {
        SourceRow row = rows.next();
        if (row == null || violations.errors().size() >= MAX_ERRORS) {
          done = true;
        } else if (!row.isBlank() && accept(row, size)) {
          size++;
        }
      }
    } catch (FileProblem e) {
      violations.add("file", e.errorCode(), e.getMessage());
      done = true;
    }
    return new StagedRows(rowNumbers, niks, deciles, size);
  }

  /** Rows read after the header, blank ones left out. */
  int count() {
    return count;
  }

  private boolean accept(SourceRow row, int at) {
    count++;
    String prefix = "rows[" + row.number() + "].";
    String nik = ExtractColumns.cell(row, columns.nik()).strip();
    boolean ok = true;
    try {
      Nik.parse(nik);
    } catch (Invalid e) {
      FieldError first = e.errors().get(0);
      violations.add(prefix + "nik", first.errorCode(), first.message()); // the message names no NIK
      ok = false;
    }
    OptionalInt decile = Decile.parse(ExtractColumns.cell(row, columns.decile()));
    if (decile.isEmpty()) {
      violations.add(prefix + "decile", DtsenError.DECILE_INVALID);
      ok = false;
    }
    if (ok) {
      rowNumbers[at] = row.number();
      niks[at] = nik;
      deciles[at] = (short) decile.getAsInt();
    }
    return ok;
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
