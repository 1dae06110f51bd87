package id.ngopeni.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The judge itself: it finds the operation an answer belongs to, and names what the document lacks. */
class DocumentedAnswersTest {
  private static Vertx vertx;
  private static DocumentedAnswers answers;

  @BeforeAll
  static void read() {
    vertx = Vertx.vertx();
    answers = new DocumentedAnswers(vertx);
  }

  @AfterAll
  static void close() {
    vertx.close().await();
  }

  private static String check(String method, String path, int status, String... headers) {
    return answers.check(method, path, status, Set.of(headers)::contains);
  }

  @Test
  void aDeclaredAnswerPasses() {
    assertThat(check("GET", "/api/v1/workers?limit=5", 200)).isNull();
    assertThat(check("GET", "/api/v1/workers", 200, "Deprecation", "Link")).isNull();
    assertThat(check("POST", "/api/v1/claims", 201, "Location", "ETag", "Idempotent-Replayed")).isNull();
    assertThat(check("GET", "/api/openapi.yaml", 200)).isNull();
    assertThat(check("GET", "/api/v1/me", 503)).isNull();
  }

  @Test
  void whatTheDocumentLacksIsNamed() {
    int before = answers.disagreements().size();
    assertThat(check("GET", "/api/v1/health/live", 503)).isEqualTo("GET /health/live 503: status not declared");
    assertThat(check("GET", "/api/v1/me", 422, "Deprecation")).isEqualTo("GET /me 422: header(s) [Deprecation] not declared");
    assertThat(check("DELETE", "/api/v1/workers/0190", 204)).isEqualTo("DELETE /api/v1/workers/0190: no such operation in the document");
    assertThat(answers.disagreements()).hasSize(before + 3);
  }

  @Test
  void aLiteralSegmentIsNotTakenForAnId() {
    // /workers/export.csv declares no 404, /workers/{id} does.
    assertThat(check("GET", "/api/v1/workers/export.csv", 404)).isEqualTo("GET /workers/export.csv 404: status not declared");
    assertThat(check("GET", "/api/v1/workers/0190a1b2-0000-7000-8000-000000000000", 404)).isNull();
  }
}
