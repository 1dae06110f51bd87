package id.ngopeni.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.DocumentedAnswers;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.Pools;
import id.ngopeni.persistence.testing.TestDatabases;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real Ngopeni JVMs (this test classpath, {@code id.ngopeni.api.Main}) that a test may kill -9,
 * one after the other on one fresh database, one data dir and one port; a client for their HTTP
 * API and a pool for looking into the database. Every answer the client receives is held against
 * the OpenAPI document ({@link DocumentedAnswers}); {@link #close} fails on one it does not declare.
 */
final class ChildInstances implements AutoCloseable {
  final DatabaseTarget db;
  final Path dataDir;
  final Vertx vertx = Vertx.vertx();
  final WebClient http;
  final Pool pool;
  final DocumentedAnswers answers;
  private final int port;
  private final String[] env;
  private final List<Process> started = new ArrayList<>();

  /** {@code env}: extra environment entries as name, value pairs. */
  ChildInstances(String hint, String... env) throws IOException {
    this.db = TestDatabases.fresh(hint);
    this.dataDir = Files.createTempDirectory("ngopeni-" + hint);
    try (var probe = new java.net.ServerSocket(0)) {
      this.port = probe.getLocalPort();
    }
    this.env = env;
    this.http = WebClient.create(vertx, new WebClientOptions().setDefaultHost("localhost").setDefaultPort(port));
    this.pool = Pools.create(vertx, db, 2);
    this.answers = new DocumentedAnswers(vertx);
    answers.watch(http);
  }

  /** Starts an instance, its output in {@code dataDir/log}, and waits until it is ready. */
  Process start(String log) throws IOException, InterruptedException {
    Process process = command(log);
    awaitReady(process);
    return process;
  }

  /**
   * Starts {@code Main} with {@code args} (a command such as {@code --rotate-keys}) on the same
   * database and data dir, its output in {@code dataDir/log}; does not wait for it.
   */
  Process command(String log, String... args) throws IOException {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "id.ngopeni.api.Main"));
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line)
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve(log).toFile());
    builder.environment().put("NGOPENI_HTTP_PORT", String.valueOf(port));
    builder.environment().put("NGOPENI_DATA_DIR", dataDir.toString());
    builder.environment().put("NGOPENI_DATABASE_URL", TestDatabases.application(db).url());
    builder.environment().put("NGOPENI_MIGRATION_USER", db.user());
    builder.environment().put("NGOPENI_MIGRATION_PASSWORD", db.password());
    builder.environment().put("NGOPENI_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
    for (int i = 0; i + 1 < env.length; i += 2) {
      builder.environment().put(env[i], env[i + 1]);
    }
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private void awaitReady(Process process) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        // A probe has a timeout, as a load balancer's has: a request the server drops (Vert.x
        // 5's HTTP metrics have been seen failing a first request on a fresh connection, which
        // then never gets an answer) must not hold the wait to its end.
        if (http.get("/api/v1/health/ready").timeout(2_000).send().await().statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the instance did not become ready");
  }

  /**
   * The backend a test trigger holds in {@code pg_sleep} while it runs a statement containing
   * {@code text}, if it is there yet.
   */
  Integer sleepingBackend(String text) {
    for (io.vertx.sqlclient.Row row : pool.preparedQuery("""
        SELECT pid FROM pg_stat_activity
        WHERE state = 'active' AND wait_event = 'PgSleep' AND strpos(query, $1) > 0 AND pid <> pg_backend_pid()""")
        .execute(io.vertx.sqlclient.Tuple.of(text)).await()) {
      return row.getInteger("pid");
    }
    return null;
  }

  String login(String username, String password) {
    var response = http.post("/api/v1/auth/login")
        .sendJsonObject(new JsonObject().put("username", username).put("password", password)).await();
    if (response.statusCode() != 200) {
      throw new IllegalStateException("login of " + username + ": " + response.bodyAsString());
    }
    return response.bodyAsJsonObject().getString("accessToken");
  }

  /**
   * Stops what still runs (SIGTERM, then SIGKILL), then the clients; fails if an answer was one the
   * document does not declare.
   */
  @Override
  public void close() throws InterruptedException {
    for (Process process : started) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    pool.close().await();
    http.close();
    vertx.close().await();
    assertThat(answers.disagreements()).as("answers the OpenAPI document does not declare").isEmpty();
  }
}
