package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A real server for one test class, and the check every generated-client test ends with: each
 * answer was one the OpenAPI document declares (status and headers).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgainstTheDocument {
  protected ClaimsApi api;
  protected DocumentCheck check;

  /** The name the test's database is made from. */
  protected abstract String serverName();

  @BeforeAll
  void start() {
    api = new ClaimsApi(serverName());
    check = new DocumentCheck(api.server.clientVertx);
  }

  @AfterAll
  void stop() {
    api.close();
  }

  @AfterEach
  void everyAnswerWasOneTheDocumentDeclares() {
    assertThat(check.checked()).isPositive();
    assertThat(check.disagreements()).isEmpty();
  }
}
