package id.ngopeni.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.Application;
import id.ngopeni.api.platform.Config;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.Pools;
import id.ngopeni.persistence.testing.TestDatabases;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
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
 * can never be swallowed by a callback. A test class shares one as a {@link ClassFixture}:
 * {@code @RegisterExtension static final TestServer server = new TestServer("hint");}.
 */
public final class TestServer implements ClassFixture {
  public static final String ADMIN_PASSWORD = "Kopi-Tubruk-Malang-2025";

  /** The instance's database as its owner (a superuser): for fixtures and for tests that play the attacker. */
  public final DatabaseTarget database;
  public final Path dataDir;
  public final Application app;
  public final Vertx clientVertx = Vertx.vertx();
  public final WebClient http;
  public final String console;

  public TestServer(String hint) {
    this(TestDatabases.fresh(hint), newDataDir(), List.of());
  }

  /**
   * A server on a fresh database that trusts the loopback as its proxy: a test speaks for any
   * client address through X-Forwarded-For.
   */
  public static TestServer behindLocalProxy(String hint) {
    DatabaseTarget database = TestDatabases.fresh(hint);
    Path dataDir = newDataDir();
    return new TestServer(database, dataDir, config(database, dataDir, List.of()).withTrustedProxies(List.of("127.0.0.1", "::1")));
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

  /**
   * The instance connects to {@code database} as the application role (issue 13.4: the whole
   * suite runs as it) and migrates as {@code database}'s own user, the owner.
   */
  public static Config config(DatabaseTarget database, Path dataDir, List<String> corsOrigins) {
    return config(database, TestDatabases.application(database), dataDir, corsOrigins);
  }

  /** As above, on a server of the test's own: {@code owner} migrates, the instance runs as {@code application}. */
  public static Config config(DatabaseTarget owner, DatabaseTarget application, Path dataDir, List<String> corsOrigins) {
    return new Config(0, Optional.of(application.url()), dataDir, Optional.of(ADMIN_PASSWORD), Optional.empty(),
        Optional.empty(), "ngopeni", "ngopeni-api", Duration.ofMinutes(15), Duration.ofDays(14), corsOrigins, 8, 2, false,
        Duration.ofMinutes(2), Duration.ofSeconds(20)).withMigrationRole(owner.user(), owner.password());
  }

  public static Path newDataDir() {
    try {
      return Files.createTempDirectory("ngopeni-test-data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Pool ownerPool;

  /** A pool on {@link #database} as its owner, made on first use and closed with the server. */
  public Pool ownerPool() {
    if (ownerPool == null) {
      ownerPool = Pools.create(clientVertx, database, 2);
    }
    return ownerPool;
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

  /** Trades a refresh token for a new pair, as a mobile client does (the console uses its cookie). */
  public HttpResponse<Buffer> refresh(String refreshToken) {
    return post("/api/v1/auth/refresh", null, new JsonObject().put("refreshToken", refreshToken));
  }

  /** A POST with an Idempotency-Key, not awaited yet: a test may send several at once. */
  public Future<HttpResponse<Buffer>> postWithKey(String path, String token, String key, JsonObject body) {
    return http.post(path).putHeader("Authorization", "Bearer " + token).putHeader("Idempotency-Key", key).sendJsonObject(body);
  }

  public String adminToken() {
    return login("admin", ADMIN_PASSWORD).getString("accessToken");
  }

  /** The second admin of {@link #createUser}'s confirmations, made on first need (unless a test made one first). */
  public static final String SECOND_ADMIN = "fixture.admin2";
  private String confirmerName;
  private String confirmerPassword;

  /**
   * Creates a user as admin and returns its id. A role that needs a second admin's confirmation
   * (OPERATOR, APPROVER, ADMIN: issue 13.8) is confirmed here by another admin: the fixture's
   * {@link #SECOND_ADMIN} (made alone by the bootstrap admin the first time, when it is still the
   * only admin), or the bootstrap admin when the fixture's second admin asked.
   */
  public String createUser(String adminToken, String username, String password, String role, List<String> kelurahan) {
    JsonObject body = new JsonObject().put("username", username).put("password", password).put("role", role);
    if (!kelurahan.isEmpty()) {
      body.put("kelurahanCodes", kelurahan);
    }
    var response = post("/api/v1/users", adminToken, body);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    JsonObject grant = response.bodyAsJsonObject().getJsonObject("roleGrant");
    if (grant != null && "PENDING".equals(grant.getString("status"))) {
      confirmGrant(grant.getString("id"), grant.getString("requestedBy"));
    } else if (grant != null && confirmerName == null) {
      // The second admin, made alone by the first: it confirms from now on.
      confirmerName = username;
      confirmerPassword = password;
    }
    return response.bodyAsJsonObject().getString("id");
  }

  /** Confirms a pending role grant as an admin other than the one who asked. */
  public void confirmGrant(String grantId, String requestedBy) {
    JsonObject second = secondAdmin();
    String confirmer = second.getJsonObject("user").getString("id").equals(requestedBy)
        ? adminToken() : second.getString("accessToken");
    var confirmed = post("/api/v1/role-grants/" + grantId + "/confirm", confirmer, null);
    assertThat(confirmed.statusCode()).as(confirmed.bodyAsString()).isEqualTo(200);
  }

  /** The session of the second admin, made by the bootstrap admin on first need (confirmed alone: it is the second admin). */
  public JsonObject secondAdmin() {
    if (confirmerName == null) {
      var made = post("/api/v1/users", adminToken(),
          new JsonObject().put("username", SECOND_ADMIN).put("password", ADMIN_PASSWORD).put("role", "ADMIN"));
      assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
      assertThat(made.bodyAsJsonObject().getJsonObject("roleGrant").getString("status"))
          .as("the fixture's second admin must be made while the bootstrap admin is alone").isEqualTo("CONFIRMED");
      confirmerName = SECOND_ADMIN;
      confirmerPassword = ADMIN_PASSWORD;
    }
    return login(confirmerName, confirmerPassword);
  }

  @Override
  public void close() {
    if (ownerPool != null) {
      ownerPool.close().await();
    }
    http.close();
    clientVertx.close().await();
    app.close();
  }
}
