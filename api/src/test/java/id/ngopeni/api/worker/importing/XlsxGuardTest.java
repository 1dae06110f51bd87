package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.HandMadeXlsx.cell;
import static id.ngopeni.api.worker.importing.HandMadeXlsx.header;
import static id.ngopeni.api.worker.importing.HandMadeXlsx.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.ngopeni.domain.problem.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link XlsxGuard} on its own, with limits small enough to reach in a unit test. */
class XlsxGuardTest {
  private static final XlsxGuard.Limits SMALL =
      new XlsxGuard.Limits(64, 16, 256, 64 * 1024, 128 * 1024, 1024 * 1024, 100, 1000);

  private static ErrorCode refusal(byte[] file, XlsxGuard.Limits limits) throws IOException {
    Path path = Files.createTempFile("guard-", ".xlsx");
    try {
      Files.write(path, file);
      FileProblem problem = catchThrowableOfType(FileProblem.class, () -> XlsxGuard.check(path, limits));
      return problem == null ? null : problem.errorCode();
    } finally {
      Files.delete(path);
    }
  }

  /** Rows of varied text: they pack about as well as a real sheet. */
  private static String rows(int count) {
    StringBuilder rows = new StringBuilder();
    for (int r = 2; r < count + 2; r++) {
      rows.append("<row r=\"").append(r).append("\">").append(cell("A" + r, Integer.toHexString(r * 7919)))
          .append(cell("B" + r, Long.toString(r * 104_729L * r, 36))).append("</row>");
    }
    return rows.toString();
  }

  @Test
  void anOrdinarySheetPasses() throws IOException {
    assertThat(refusal(workbook(header() + rows(50)), XlsxGuard.DEFAULT)).isNull();
  }

  @Test
  void aSheetLargerThanTheLimitOnceInflatedIsRefused() throws IOException {
    assertThat(refusal(workbook(header() + rows(2000)), SMALL)).hasToString("xlsx_too_large");
    assertThatCode(() -> refusal(workbook(header() + rows(2000)), XlsxGuard.DEFAULT)).doesNotThrowAnyException();
  }

  @Test
  void cellsAndRowsPastTheLimitsAreRefused() throws IOException {
    assertThat(refusal(workbook(header() + "<row r=\"2\">" + cell("ZZ2", "x") + "</row>"), XlsxGuard.DEFAULT))
        .hasToString("xlsx_cell_out_of_range");
    // The 2 KB file that took 80 s: one cell at column ~321 million.
    assertThat(refusal(workbook(header() + "<row r=\"2\">" + cell("ZZZZZZ2", "x") + "</row>"), XlsxGuard.DEFAULT))
        .hasToString("xlsx_cell_out_of_range");
    assertThat(refusal(workbook("<row r=\"1\">" + cell("XFE1", "nik") + "</row>"), XlsxGuard.DEFAULT))
        .hasToString("xlsx_cell_out_of_range");
    assertThat(refusal(workbook(header() + "<row r=\"2\">" + cell("B2", "y").repeat(300) + "</row>"), XlsxGuard.DEFAULT))
        .hasToString("xlsx_row_too_wide");
    assertThat(refusal(workbook(header() + " ".repeat(4 * 1024 * 1024)), XlsxGuard.DEFAULT))
        .hasToString("xlsx_compression_ratio");
  }
}
