package id.ngopeni.api.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fixture one test class shares, held in a static {@code @RegisterExtension} field:
 *
 * <pre>{@code
 * @RegisterExtension static final TestServer server = new TestServer("refresh");
 * }</pre>
 *
 * It starts when the class is first used and closes after the class's last test (after the
 * class's own {@code @AfterAll} methods, which may still use it).
 */
public interface ClassFixture extends AutoCloseable, AfterAllCallback {
  @Override
  void close();

  @Override
  default void afterAll(ExtensionContext context) {
    close();
  }
}
