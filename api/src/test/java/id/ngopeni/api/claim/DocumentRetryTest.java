package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.12 for multipart documents: a retry with the same Idempotency-Key and another file of
 * the same length is refused (422 idempotency_key_reused), not answered with the first document;
 * the same file again (a new multipart boundary, as every client sends) is replayed.
 */
class DocumentRetryTest {
  private static ClaimsApi api;
  private static String claimId;

  @BeforeAll
  static void start() {
    api = new ClaimsApi("document-retry");
    var filed = api.fileDeathClaim(api.operator, api.deceasedWorker().id());
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    claimId = filed.bodyAsJsonObject().getString("id");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static HttpResponse<Buffer> upload(String key, Buffer pdf) {
    MultipartForm form = MultipartForm.create().attribute("kind", "KTP_MEMBER")
        .binaryFileUpload("file", "ktp.pdf", pdf, "application/pdf");
    return api.server.http.post("/api/v1/claims/" + claimId + "/documents")
        .putHeader("Authorization", "Bearer " + api.operator).putHeader("Idempotency-Key", key)
        .sendMultipartForm(form).await();
  }

  private static int documents() {
    return api.get("/api/v1/claims/" + claimId + "/documents", api.operator).bodyAsJsonObject().getJsonArray("items").size();
  }

  @Test
  void anotherFileOfTheSameLengthIsRefusedAndTheSameFileReplayed() {
    String key = "doc-" + UUID.randomUUID();
    Buffer first = Buffer.buffer("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    Buffer second = Buffer.buffer("%PDF-1.4\n2 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    var stored = upload(key, first);
    assertThat(stored.statusCode()).as(stored.bodyAsString()).isEqualTo(201);
    int before = documents();

    var other = upload(key, second);
    assertThat(other.statusCode()).as(other.bodyAsString()).isEqualTo(422);
    assertThat(other.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("idempotency_key_reused");
    assertThat(documents()).isEqualTo(before);

    var same = upload(key, first);
    assertThat(same.statusCode()).isEqualTo(201);
    assertThat(same.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(same.bodyAsJsonObject().getString("id")).isEqualTo(stored.bodyAsJsonObject().getString("id"));
    JsonObject doc = same.bodyAsJsonObject();
    assertThat(doc.getString("kind")).isEqualTo("KTP_MEMBER");
    assertThat(documents()).isEqualTo(before);
  }
}
