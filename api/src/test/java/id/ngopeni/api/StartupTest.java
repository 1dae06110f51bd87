package id.ngopeni.api;

import id.ngopeni.api.platform.Config;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Starting, restarting and stopping the real thing, embedded PostgreSQL included. */
class StartupTest {
  private static final Pattern GENERATED = Pattern.compile("created user 'admin' with password\\s+(\\S+)");

  private static Config embeddedConfig(Path dataDir) {
    return new Config(0, Optional.empty(), dataDir, Optional.empty(), Optional.empty(), Optional.empty(), "ngopeni",
        "ngopeni-api", Duration.ofMinutes(15), Duration.ofDays(14), List.of(), 4, 1, false, Duration.ofMinutes(2), Duration.ofSeconds(20));
  }

  private static JsonObject post(WebClient client, String path, JsonObject body, String token) {
    var request = client.post(path);
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    var r = request.sendJsonObject(body).await();
    return new JsonObject().put("status", r.statusCode()).put("body", r.bodyAsString());
  }

  @Test
  void firstStartPrintsAGeneratedAdminPasswordOnceAndARestartKeepsUsersAndKeys() throws Exception {
    Path dataDir = Files.createTempDirectory("ngopeni-startup");
    Vertx vertx = Vertx.vertx();
    try {
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      String password;
      String token;
      try (Application app = Application.start(embeddedConfig(dataDir), new PrintStream(first, true, StandardCharsets.UTF_8))) {
        Matcher m = GENERATED.matcher(first.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).as(first.toString(StandardCharsets.UTF_8)).isTrue();
        password = m.group(1);
        WebClient client = WebClient.create(vertx, new WebClientOptions().setDefaultPort(app.port()));
        JsonObject login = post(client, "/api/v1/auth/login", new JsonObject().put("username", "admin").put("password", password), null);
        assertThat(login.getInteger("status")).isEqualTo(200);
        token = new JsonObject(login.getString("body")).getString("accessToken");
        JsonObject created = post(client, "/api/v1/users", new JsonObject().put("username", "stays").put("password", "Nasi-Goreng-Kampung-7")
            .put("role", "AUDITOR"), token);
        assertThat(created.getInteger("status")).isEqualTo(201);
        client.close();
      }
      assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();

      ByteArrayOutputStream second = new ByteArrayOutputStream();
      try (Application app = Application.start(embeddedConfig(dataDir), new PrintStream(second, true, StandardCharsets.UTF_8))) {
        assertThat(second.toString(StandardCharsets.UTF_8)).doesNotContain("password");
        WebClient client = WebClient.create(vertx, new WebClientOptions().setDefaultPort(app.port()));
        assertThat(post(client, "/api/v1/auth/login", new JsonObject().put("username", "stays").put("password", "Nasi-Goreng-Kampung-7"), null)
            .getInteger("status")).isEqualTo(200);
        assertThat(post(client, "/api/v1/auth/login", new JsonObject().put("username", "admin").put("password", password), null)
            .getInteger("status")).isEqualTo(200);
        // The signing key was kept too: a token from before the restart still works.
        assertThat(client.get("/api/v1/me").putHeader("Authorization", "Bearer " + token).send().await().statusCode()).isEqualTo(200);
        client.close();
      }
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void sigtermStopsTheServerAndItsEmbeddedPostgresCleanly() throws Exception {
    Path dataDir = Files.createTempDirectory("ngopeni-sigterm");
    int port;
    try (var probe = new java.net.ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "id.ngopeni.api.Main")
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("out.log").toFile());
    builder.environment().put("NGOPENI_HTTP_PORT", String.valueOf(port));
    builder.environment().put("NGOPENI_DATA_DIR", dataDir.toString());
    builder.environment().put("NGOPENI_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
    builder.environment().remove("NGOPENI_DATABASE_URL");
    Process process = builder.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(dataDir.resolve("out.log")).contains("Ngopeni ready") && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(100);
      }
      String log = Files.readString(dataDir.resolve("out.log"));
      assertThat(log).contains("Ngopeni ready").contains("http://localhost:" + port + "/");
      assertThat(log).doesNotContain(TestServer.ADMIN_PASSWORD);
      int pgPort = Integer.parseInt(log.replaceAll("(?s).*Embedded PostgreSQL running on port (\\d+).*", "$1"));
      assertThat(canConnect(pgPort)).isTrue();

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String after = Files.readString(dataDir.resolve("out.log"));
      assertThat(after).contains("Ngopeni shutting down").contains("Embedded PostgreSQL stopped").contains("Ngopeni stopped");
      assertThat(canConnect(port)).isFalse();
      assertThat(canConnect(pgPort)).isFalse();
      assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isFalse();
    } finally {
      process.destroyForcibly();
    }
  }

  private static boolean canConnect(int port) {
    try (Socket socket = new Socket("localhost", port)) {
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
