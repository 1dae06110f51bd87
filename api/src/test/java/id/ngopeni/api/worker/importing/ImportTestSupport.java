package id.ngopeni.api.worker.importing;

import id.ngopeni.api.testing.TestServer;
import io.vertx.sqlclient.Pool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/** One server on a fresh database per test class (classes run one after another). */
abstract class ImportTestSupport {
  static ImportTestServer env;
  static TestServer server;
  static Pool db;
  static String admin;

  @BeforeAll
  static void startServer(TestInfo info) {
    env = new ImportTestServer(info.getTestClass().orElseThrow().getSimpleName());
    server = env.server;
    db = env.db;
    admin = env.admin;
  }

  @AfterAll
  static void stopServer() {
    env.close();
  }
}
