package id.ngopeni.api.dtsen;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** DTSEN extracts as a test sends them: CSV text, XLSX built with fastexcel, multipart uploads. */
public final class DtsenFiles {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private DtsenFiles() {}

  /** An XLSX whose first row is {@code header} and whose decile column holds numbers, as Excel would. */
  static Buffer xlsx(List<String> header, List<List<Object>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(bytes, "test", "1.0")) {
      Worksheet ws = wb.newWorksheet("DTSEN");
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            ws.value(r + 1, c, n);
          } else {
            ws.value(r + 1, c, (String) v);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Buffer.buffer(bytes.toByteArray());
  }

  static HttpResponse<Buffer> upload(MoneyFixture f, String token, String extractDate, String name, String type,
      Buffer file) {
    MultipartForm form = MultipartForm.create();
    if (extractDate != null) {
      form.attribute("extractDate", extractDate);
    }
    form.binaryFileUpload("file", name, file, type);
    return f.server.http.post("/api/v1/dtsen/imports").putHeader("Authorization", "Bearer " + token)
        .sendMultipartForm(form).await();
  }

  public static HttpResponse<Buffer> csv(MoneyFixture f, String token, String extractDate, String text) {
    return upload(f, token, extractDate, "dtsen.csv", "text/csv", Buffer.buffer(text));
  }
}
