package id.ngopeni.api.decree;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The decree API as {@link DecreeYearTest} calls it over HTTP: each request checked for its
 * status, its answer unpacked; users made with {@code password}.
 */
record DecreeCalls(MoneyFixture f, String password) {
  String change(String token, String decreeId, UUID worker, String kind, String reason) {
    var r = f.server.post("/api/v1/decrees/" + decreeId + "/changes", token,
        new JsonObject().put("workerId", worker.toString()).put("kind", kind).put("reason", reason).put("note", "Surat RT"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    assertThat(r.bodyAsJsonObject().getString("status")).isEqualTo("PENDING");
    return r.bodyAsJsonObject().getString("id");
  }

  List<String> memberIds(String decreeId) {
    var r = f.server.get("/api/v1/decrees/" + decreeId + "/members", f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return items(r).stream().map(o -> o.getString("workerId")).toList();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  List<String> audited(String action) {
    return f.db.preparedQuery("SELECT after::text FROM audit_entry WHERE action = $1").execute(Tuple.of(action)).await()
        .stream().map(r -> r.getString(0)).toList();
  }

  static JsonObject header(int y, String basis) {
    return new JsonObject().put("fundingSource", "APBD").put("year", y).put("number", "188.45/12/35.73.112/" + y)
        .put("decreeDate", y + "-01-02").put("basis", basis);
  }

  HttpResponse<Buffer> createDecree(String token, JsonObject body) {
    return f.server.post("/api/v1/decrees", token, body);
  }

  static JsonObject enrolment() {
    return MoneyFixture.enrolment("APBD", 1_000_000, MoneyFixture.today(), "JKK", "JKM");
  }

  static List<JsonObject> items(HttpResponse<Buffer> r) {
    JsonArray items = r.bodyAsJsonObject().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).toList();
  }

  String user(String name, String role) {
    f.server.createUser(f.admin, name, password, role, List.of());
    return f.server.login(name, password).getString("accessToken");
  }

  static List<String> errors(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(422);
    return r.bodyAsJsonObject().getJsonArray("errors").stream().map(JsonObject.class::cast)
        .map(x -> x.getString("field") + ":" + x.getString("code")).toList();
  }
}
