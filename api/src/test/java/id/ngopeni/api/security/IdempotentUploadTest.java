package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.12: an upload streams past the idempotency check, which used to know it only by type and
 * length. A retry with the same key and another file of the same length was answered with the
 * first file's response and the second file was dropped. Now the body's SHA-256 is recorded with
 * the response and a retry's body is read and compared before anything is replayed.
 */
class IdempotentUploadTest {
  @RegisterExtension static final TestServer server = new TestServer("idempotent_upload");
  private static final String admin = server.adminToken();

  private static HttpResponse<Buffer> upload(String key, String csv) {
    return server.http.post("/api/v1/imports/workers").putHeader("Authorization", "Bearer " + admin)
        .putHeader("Idempotency-Key", key).putHeader("Content-Type", "text/csv")
        .sendBuffer(Buffer.buffer(csv.getBytes(StandardCharsets.UTF_8))).await();
  }

  private static long imports() {
    return server.ownerPool().query("SELECT count(*) FROM worker_import").execute().await().iterator().next().getLong(0);
  }

  private static final String HEADER = "nik,full_name,birth_date,sex,kelurahan_code,category\n";

  @Test
  void theSameKeyWithAnotherFileOfTheSameLengthIsRefusedAndTheSameFileReplayed() {
    String key = "upload-" + UUID.randomUUID();
    String first = HEADER + "3573024101800001,Ani Lestari,1980-01-01,F,35.73.02.1001,GURU_NGAJI\n";
    String second = HEADER + "3573024101800002,Ani Lestarj,1980-01-01,F,35.73.02.1001,GURU_NGAJI\n";
    assertThat(second).hasSameSizeAs(first).isNotEqualTo(first);

    var accepted = upload(key, first);
    assertThat(accepted.statusCode()).as(accepted.bodyAsString()).isEqualTo(202);
    long before = imports();

    var other = upload(key, second);
    assertThat(other.statusCode()).as(other.bodyAsString()).isEqualTo(422);
    assertThat(other.getHeader("Idempotent-Replayed")).isNull();
    assertThat(other.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("idempotency_key_reused");
    assertThat(imports()).as("nothing stored for the refused file").isEqualTo(before);

    var same = upload(key, first);
    assertThat(same.statusCode()).isEqualTo(202);
    assertThat(same.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(same.bodyAsJsonObject().getString("id")).isEqualTo(accepted.bodyAsJsonObject().getString("id"));
    assertThat(imports()).isEqualTo(before);
  }
}
