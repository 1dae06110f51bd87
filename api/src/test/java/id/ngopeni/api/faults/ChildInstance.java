package id.ngopeni.api.faults;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.DatabaseTarget;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A real Ngopeni JVM (this test classpath, {@code id.ngopeni.api.Main}) that a test may kill -9. */
final class ChildInstance {
  private ChildInstance() {}

  static int freePort() throws java.io.IOException {
    try (var probe = new java.net.ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }

  /** Starts the instance on {@code db}, its output in {@code dataDir/log}; extra env entries as name, value pairs. */
  static Process start(DatabaseTarget db, Path dataDir, int port, String log, String... env) throws java.io.IOException {
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "id.ngopeni.api.Main")
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve(log).toFile());
    builder.environment().put("NGOPENI_HTTP_PORT", String.valueOf(port));
    builder.environment().put("NGOPENI_DATA_DIR", dataDir.toString());
    builder.environment().put("NGOPENI_DATABASE_URL", db.url());
    builder.environment().put("NGOPENI_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
    for (int i = 0; i + 1 < env.length; i += 2) {
      builder.environment().put(env[i], env[i + 1]);
    }
    return builder.start();
  }

  static void awaitReady(WebClient http, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (http.get("/api/v1/health/ready").send().await().statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the instance did not become ready");
  }

  static String login(WebClient http, String username, String password) {
    var response = http.post("/api/v1/auth/login")
        .sendJsonObject(new JsonObject().put("username", username).put("password", password)).await();
    if (response.statusCode() != 200) {
      throw new IllegalStateException("login of " + username + ": " + response.bodyAsString());
    }
    return response.bodyAsJsonObject().getString("accessToken");
  }
}
