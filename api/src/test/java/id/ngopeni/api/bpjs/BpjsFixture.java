package id.ngopeni.api.bpjs;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Uploads and downloads of BPJS files over real HTTP, on top of the money fixture. */
final class BpjsFixture {
  static final String CSV = "text/csv";
  static final String XLSX = RegistrationRoutes.XLSX_TYPE;

  private BpjsFixture() {}

  static HttpResponse<Buffer> upload(MoneyFixture f, String token, String path, String type, Buffer body) {
    return f.server.http.post(path).putHeader("Authorization", "Bearer " + token).putHeader("Content-Type", type)
        .putHeader("Idempotency-Key", UUID.randomUUID().toString()).sendBuffer(body).await();
  }

  static HttpResponse<Buffer> csv(MoneyFixture f, String path, String text) {
    return upload(f, f.admin, path, CSV, Buffer.buffer(text));
  }

  static JsonObject ok(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  static String nik(MoneyFixture f, UUID workerId) {
    return f.nik(workerId);
  }

  /** A workbook of text cells, the first row the header. */
  static Buffer xlsx(List<List<String>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("Sheet1");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          sheet.value(r, c, rows.get(r).get(c));
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Buffer.buffer(bytes.toByteArray());
  }
}
