package id.ngopeni.api.claim;

import id.ngopeni.api.testing.DocumentedAnswers;
import io.vertx.core.Vertx;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Holds every answer the generated client receives against openapi.yaml, with the api module's
 * one judge ({@link DocumentedAnswers}: the status declared for the operation, and each header
 * clients act on declared for that status). Bodies are checked by the client itself (strict
 * deserialisation).
 */
final class DocumentCheck {
  private final DocumentedAnswers answers;

  DocumentCheck(Vertx vertx) {
    answers = new DocumentedAnswers(vertx);
  }

  /** For {@code ApiClient.setResponseInterceptor}. */
  void check(HttpResponse<InputStream> response) {
    answers.check(response.request().method(), response.request().uri().getPath(), response.statusCode(),
        header -> response.headers().firstValue(header).isPresent());
  }

  /** What disagreed so far (empty when the server answered only as the document says). */
  List<String> disagreements() {
    return answers.disagreements();
  }

  int checked() {
    return answers.checked();
  }
}
