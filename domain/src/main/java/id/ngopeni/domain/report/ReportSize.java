package id.ngopeni.domain.report;

import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.ReportError;

/**
 * How many rows one printed file may hold: a PDF is read on paper (5.000 rows are some 120 A4
 * pages), a workbook is built in memory. Larger selections are narrowed by their filters; the
 * worker registry as a whole streams as CSV.
 */
public enum ReportSize {
  PDF(5_000), XLSX(50_000);

  private final int maxRows;

  ReportSize(int maxRows) {
    this.maxRows = maxRows;
  }

  public int maxRows() {
    return maxRows;
  }

  /** Refuses (422 {@code report_too_large} on {@code format}) more rows than this format holds. */
  public void check(long rows) {
    if (rows > maxRows) {
      throw Invalid.of("format", ReportError.REPORT_TOO_LARGE, "The selection has more than " + maxRows
          + " rows, the most one " + name() + " holds; narrow the filters.");
    }
  }
}
