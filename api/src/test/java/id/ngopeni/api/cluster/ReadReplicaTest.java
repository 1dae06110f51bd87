package id.ngopeni.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.platform.Config;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.api.worker.WorkerFixture;
import id.ngopeni.persistence.testing.ReplicatedDatabase;
import id.ngopeni.persistence.testing.StreamingReplica;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instance with {@code NGOPENI_DATABASE_READ_URL} on a real PostgreSQL streaming replica of its
 * primary (base backup by pg_basebackup -R where one of the server's version is installed, else
 * by the low-level API): searches, reports and exports are answered by the replica, writes by the
 * primary, a user's own write is read back from the primary, and a killed replica costs no read.
 * Which pool answered is read from {@code /metrics} ({@code ngopeni_db_reads_total}); while the
 * replica's replay is paused, what each user sees shows it too.
 */
class ReadReplicaTest {
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final Pattern READS = Pattern.compile("(?m)^ngopeni_db_reads_total\\{([^}]*)\\} (\\S+)$");

  private static ReplicatedDatabase db;
  private static TestServer server;
  private static String admin;
  private static String clerk;
  private static String reader;

  @BeforeAll
  static void start() {
    db = ReplicatedDatabase.start("ngopeni", false);
    Path dataDir = TestServer.newDataDir();
    // No credentials in the replica's URL: it takes the primary's (a physical replica has its roles).
    Config config = TestServer.config(db.primaryOwner(), db.primaryApplication(), dataDir, List.of())
        .withReadReplica("postgresql://127.0.0.1:" + db.replica.port() + "/ngopeni", Duration.ofMinutes(10));
    server = new TestServer(db.primaryOwner(), dataDir, config);
    admin = server.adminToken();
    server.createUser(admin, "clerk.replica", WorkerFixture.PASSWORD, "FIELD_OFFICER", List.of(WorkerFixture.KLOJEN));
    server.createUser(admin, "reader.replica", WorkerFixture.PASSWORD, "FIELD_OFFICER", List.of(WorkerFixture.KLOJEN));
    clerk = server.login("clerk.replica", WorkerFixture.PASSWORD).getString("accessToken");
    reader = server.login("reader.replica", WorkerFixture.PASSWORD).getString("accessToken");
  }

  @AfterAll
  static void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (db != null) {
        db.close();
      }
    }
  }

  @Test
  void searchesAndExportsAreServedByTheReplicaWritesByThePrimaryAndOwnWritesReadBackFromThePrimary() {
    assertThat(db.replica.method()).as("pg_basebackup where one of the server's major version is installed")
        .isEqualTo(StreamingReplica.pgBasebackup(db.serverMajor()).isPresent() ? StreamingReplica.Method.PG_BASEBACKUP
            : StreamingReplica.Method.LOW_LEVEL_API);
    awaitReplicaUp();
    double byReplica = reads("replica", "replica");
    assertThat(search(reader, "Replika")).isEmpty();
    assertThat(reads("replica", "replica")).as("the search was answered by the replica").isEqualTo(byReplica + 1);

    db.pauseReplay();
    String id;
    try {
      var created = server.post("/api/v1/workers", clerk,
          WorkerFixture.worker("Sutrisno Replika", LocalDate.of(1971, 3, 14), "M", WorkerFixture.KLOJEN));
      assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
      id = created.bodyAsJsonObject().getString("id");
      String count = "SELECT count(*) FROM worker WHERE id = '" + id + "'";
      assertThat(ReplicatedDatabase.queryLong(db.primaryOwner(), count)).as("written on the primary").isEqualTo(1);
      assertThat(ReplicatedDatabase.queryLong(db.replicaOwner(), count)).as("not replayed yet").isZero();

      double ownWrites = reads("primary", "own_write");
      assertThat(search(clerk, "Replika")).as("the clerk reads their own write back").containsExactly(id);
      assertThat(export(clerk)).contains("Sutrisno Replika");
      assertThat(reads("primary", "own_write")).as("both from the primary").isEqualTo(ownWrites + 2);

      byReplica = reads("replica", "replica");
      assertThat(search(reader, "Replika")).as("another user reads the replica, paused before the write").isEmpty();
      assertThat(export(reader)).doesNotContain("Sutrisno Replika");
      assertThat(reads("replica", "replica")).isEqualTo(byReplica + 2);
    } finally {
      db.resumeReplay();
    }
    ReplicatedDatabase.eventually(() -> search(reader, "Replika").contains(id), PATIENCE,
        () -> "the replica to show the worker to the reader");
    ReplicatedDatabase.eventually(() -> {
      double before = reads("replica", "replica");
      search(clerk, "Replika");
      return reads("replica", "replica") == before + 1;
    }, PATIENCE, () -> "the clerk to read from the replica again once it holds the write");
  }

  @Test
  void reportsAreServedByTheReplica() {
    awaitReplicaUp();
    ReplicatedDatabase.eventually(() -> {
      double before = reads("replica", "replica");
      var coverage = server.get("/api/v1/coverage?groupBy=kecamatan", admin);
      assertThat(coverage.statusCode()).as(coverage.bodyAsString()).isEqualTo(200);
      return reads("replica", "replica") == before + 1;
    }, PATIENCE, () -> "the coverage report from the replica (once it holds the admin's own writes)");
  }

  @Test
  void killingTheReplicaDegradesReadsToThePrimaryUntilItIsBack() {
    awaitReplicaUp();
    db.replica.kill();
    try {
      double byPrimary = reads("primary", "replica_failed") + reads("primary", "replica_down");
      for (int i = 0; i < 3; i++) {
        assertThat(search(reader, "Replika")).as("search %d after the replica died", i).isNotNull();
      }
      assertThat(export(reader)).startsWith("nik,");
      assertThat(reads("primary", "replica_failed") + reads("primary", "replica_down")).isEqualTo(byPrimary + 4);
      ReplicatedDatabase.eventually(() -> metric("ngopeni_db_replica_state{state=\"down\"}") == 1, PATIENCE,
          () -> "the replica to be marked down");
    } finally {
      db.replica.start();
    }
    awaitReplicaUp();
    double byReplica = reads("replica", "replica");
    search(reader, "Replika");
    assertThat(reads("replica", "replica")).as("probed back and read again").isEqualTo(byReplica + 1);
  }

  /** The ids of the workers the search finds. */
  private static List<String> search(String token, String q) {
    HttpResponse<Buffer> found = server.get("/api/v1/workers?q=" + q, token);
    assertThat(found.statusCode()).as(found.bodyAsString()).isEqualTo(200);
    return found.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  private static String export(String token) {
    HttpResponse<Buffer> file = server.get("/api/v1/workers/export.csv", token);
    assertThat(file.statusCode()).as(file.bodyAsString()).isEqualTo(200);
    return file.bodyAsString();
  }

  private static void awaitReplicaUp() {
    ReplicatedDatabase.eventually(() -> metric("ngopeni_db_replica_state{state=\"up\"}") == 1, PATIENCE,
        () -> "the replica to be up; its log:\n" + db.replica.log());
  }

  /** Routed reads answered by {@code pool} for {@code reason}, from /metrics. */
  private static double reads(String pool, String reason) {
    Matcher m = READS.matcher(metrics());
    while (m.find()) {
      if (m.group(1).contains("pool=\"" + pool + "\"") && m.group(1).contains("reason=\"" + reason + "\"")) {
        return Double.parseDouble(m.group(2));
      }
    }
    throw new AssertionError("no ngopeni_db_reads_total for " + pool + "/" + reason);
  }

  private static double metric(String series) {
    return metrics().lines().filter(l -> l.startsWith(series + " ")).findFirst()
        .map(l -> Double.parseDouble(l.substring(series.length() + 1))).orElse(-1.0);
  }

  private static String metrics() {
    HttpResponse<Buffer> metrics = server.get("/api/v1/metrics", admin);
    assertThat(metrics.statusCode()).isEqualTo(200);
    return metrics.bodyAsString();
  }
}
