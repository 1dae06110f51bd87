package id.ngopeni.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.Application;
import id.ngopeni.api.platform.Config;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.testing.TestDatabases;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real Ngopeni instance on a fresh database and a random port, with a WebClient talking to
 * it over real HTTP. Calls block the test thread ({@code await}), so assertions run on it and
 * can never be swallowed by a callback.
 */
public final class TestServer implements AutoCloseable {
  public static final String ADMIN_PASSWORD = "Kopi-Tubruk-Malang-2025";

  public final DatabaseTarget database;
  public final Path dataDir;
  public final Application app;
  public final Vertx clientVertx = Vertx.vertx();
  public final WebClient http;
  public final String console;

  public TestServer(String hint) {
    this(TestDatabases.fresh(hint), newDataDir(), List.of());
  }

  public TestServer(DatabaseTarget database, Path dataDir, List<String> corsOrigins) {
    this(database, dataDir, config(database, dataDir, corsOrigins));
  }

  /** With a configuration of the test's own (e.g. {@code config(…).withTrustedProxies(…)}). */
  public TestServer(DatabaseTarget database, Path dataDir, Config config) {
    this.database = database;
    this.dataDir = dataDir;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    this.app = Application.start(config, new PrintStream(out, true, StandardCharsets.UTF_8));
    this.console = out.toString(StandardCharsets.UTF_8);
    this.http = WebClient.create(clientVertx, new WebClientOptions().setDefaultHost("localhost").setDefaultPort(app.port())
        .setKeepAlive(true).setFollowRedirects(false));
  }

  public static Config config(DatabaseTarget database, Path dataDir, List<String> corsOrigins) {
    return new Config(0, Optional.of(database.url()), dataDir, Optional.of(ADMIN_PASSWORD), Optional.empty(),
        Optional.empty(), "ngopeni", "ngopeni-api", Duration.ofMinutes(15), Duration.ofDays(14), corsOrigins, 8, 2, false, Duration.ofMinutes(2), Duration.ofSeconds(20));
  }

  public static Path newDataDir() {
    try {
      return Files.createTempDirectory("ngopeni-test-data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public HttpResponse<Buffer> get(String path, String token) {
    return send(HttpMethod.GET, path, token, null);
  }

  public HttpResponse<Buffer> post(String path, String token, JsonObject body) {
    return send(HttpMethod.POST, path, token, body);
  }

  public HttpResponse<Buffer> send(HttpMethod method, String path, String token, JsonObject body) {
    var request = http.request(method, path);
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    return body == null ? request.send().await() : request.sendJsonObject(body).await();
  }

  /** Logs in and returns the whole session answer. */
  public JsonObject login(String username, String password) {
    var response = post("/api/v1/auth/login", null, new JsonObject().put("username", username).put("password", password));
    assertThat(response.statusCode()).as("login of %s: %s", username, response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  public String adminToken() {
    return login("admin", ADMIN_PASSWORD).getString("accessToken");
  }

  /** Creates a user as admin and returns its id. */
  public String createUser(String adminToken, String username, String password, String role, List<String> kelurahan) {
    JsonObject body = new JsonObject().put("username", username).put("password", password).put("role", role);
    if (!kelurahan.isEmpty()) {
      body.put("kelurahanCodes", kelurahan);
    }
    var response = post("/api/v1/users", adminToken, body);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject().getString("id");
  }

  @Override
  public void close() {
    http.close();
    clientVertx.close().await();
    app.close();
  }
}
