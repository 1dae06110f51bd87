import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The write path (bench/README.md): a city santunan programme (Rp10.000.000 per death), N deaths
 * recorded through the API (each gives one entitlement), then N payouts of those entitlements
 * created by an OPERATOR (each locks the programme's budget ceiling) and approved by an APPROVER,
 * each with C concurrent clients. Every payout is sent for approval TWICE, the two
 * attempts next to each other in the queue so two clients race for it: exactly N approvals must
 * win and N lose with 409, and the database must hold N approved payouts with one audit entry
 * each. The physical limit is pgbench (-M prepared, C clients) running the approval's own
 * statements (read, conditional update, re-read, audit append under the chain's head lock) on
 * the same database. Prints one line per measured phase: "phase requests rps p50 p99" (ms), and
 * "limit tps p50 p99".
 *
 * <p>Environment: BENCH_PAYOUTS (10000), BENCH_CLIENTS (32), BENCH_PGHOST (127.0.0.1),
 * BENCH_PGPORT (5432), BENCH_PGUSER (postgres, trust auth), BENCH_DB (ngopeni_bench_write,
 * dropped and recreated), BENCH_PORT (18090), BENCH_SECONDS (20, the pgbench run). Compiled with
 * ConcurrentClients and ApprovalLimit beside it and bench/common: bench/write-path/write-path-bench.sh.
 */
public final class WritePathBench {
  private static final int N = Integer.parseInt(Bench.env("BENCH_PAYOUTS", "10000"));
  private static final int CLIENTS = Integer.parseInt(Bench.env("BENCH_CLIENTS", "32"));
  private static final String DB = Bench.env("BENCH_DB", "ngopeni_bench_write");
  private static final int HTTP_PORT = Integer.parseInt(Bench.env("BENCH_PORT", "18090"));
  private static final int PGBENCH_SECONDS = Integer.parseInt(Bench.env("BENCH_SECONDS", "20"));
  private static final String PASSWORD = "Bench-Rawon-Nguling-2026";
  private static final long SANTUNAN = 10_000_000L;

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "http");
        t.setDaemon(true);
        return t;
      })).build();
  private static BenchServer server;

  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of("bench/target/write-path"));
    BenchDatabase.execute("postgres", "DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
    BenchDatabase.execute("postgres", "CREATE DATABASE " + DB);
    server = BenchServer.start("1g", DB, HTTP_PORT, PASSWORD, work);
    try {
      server.awaitReady(HTTP);
      List<String[]> workers = seed(work.resolve("data").resolve("data-keys.properties"));
      String admin = login("admin");
      // OPERATOR and APPROVER take effect once a second admin confirms them (the first admin makes the second alone).
      createUser(admin, "bench-admin2", "ADMIN");
      String secondAdmin = login("bench-admin2");
      confirm(secondAdmin, createUser(admin, "bench-operator", "OPERATOR"));
      confirm(secondAdmin, createUser(admin, "bench-approver", "APPROVER"));
      String operator = login("bench-operator");
      String approver = login("bench-approver");

      long t0 = System.nanoTime();
      programme(admin, workers.size());
      Map<String, String> entitlementOfWorker = new ConcurrentHashMap<>();
      ConcurrentClients.run(CLIENTS, workers.size(), i -> {
        entitlementOfWorker.put(workers.get(i)[0], death(operator, workers.get(i)[0]));
        return 201;
      });
      System.out.printf(Locale.ROOT, "setup: %,d deaths recorded (one santunan entitlement each) in %.1f s%n", workers.size(), Bench.secondsSince(t0));

      String[] payouts = new String[workers.size()];
      ConcurrentClients.Phase create = ConcurrentClients.run(CLIENTS, workers.size(), i -> {
        String[] w = workers.get(i);
        HttpResponse<String> r = post(operator, "/santunan-entitlements/" + entitlementOfWorker.get(w[0]) + "/payouts", new JsonObject()
            .put("heirId", w[1]).put("bankCode", "002").put("accountNumber", "0123-01-" + String.format("%06d", i) + "-30-5")
            .put("accountName", "Ahli Waris " + (char) ('A' + i % 26)).encode());
        expect(r, 201);
        payouts[i] = new JsonObject(r.body()).getString("id");
        return r.statusCode();
      });
      System.out.println(create.line("create"));

      // Each payout twice, side by side: two clients take them at the same moment.
      ConcurrentClients.Phase approve = ConcurrentClients.run(CLIENTS, 2 * payouts.length, i -> {
        HttpResponse<String> r = post(approver, "/payouts/" + payouts[i / 2] + "/approve", null);
        if (r.statusCode() != 200 && r.statusCode() != 409) {
          expect(r, 200);
        }
        return r.statusCode();
      });
      System.out.println(approve.line("approve"));
      check(approve, payouts.length);
      ApprovalLimit limit = ApprovalLimit.measure(work, DB, payouts.length, CLIENTS, PGBENCH_SECONDS);
      System.out.printf(Locale.ROOT, "limit %.0f tps, mean %.2f ms%n", limit.tps(), limit.mean());
      // Approvals per second: the winners only (every payout was also approved in vain once).
      double approvals = approve.rate() / 2;
      Bench.summary(String.format(Locale.ROOT, "| write | create %,d payouts (OPERATOR), %d clients | %,.0f /s · p50 %.1f · p99 %.1f "
          + "| – | – | – |", N, CLIENTS, create.rate(), create.p50(), create.p99()));
      Bench.summary(String.format(Locale.ROOT, "| write | approve %,d payouts, each sent twice at once, %d clients | %,.0f approvals/s "
          + "· p50 %.1f · p99 %.1f; %,d × 200, %,d × 409, %,d approved in the database | pgbench %,.0f tps · mean %.1f "
          + "| %.0f %% | exactly %,d approved, none twice |", N, CLIENTS, approvals, approve.p50(), approve.p99(),
          approve.count(200), approve.count(409), N, limit.tps(), limit.mean(), 100 * approvals / limit.tps(), N));
    } finally {
      server.stop();
    }
  }

  /**
   * Workers with an active membership and one heir each, loaded set-based (the API is not under test
   * here): the workers with their NIKs sealed under the server's data keys ({@code keys}, the key
   * file in its data directory), then their memberships by bench/coverage/load.sql.
   */
  private static List<String[]> seed(Path keys) throws Exception {
    int load = N + N / 10 + 100;
    SealedData.main(new String[] {"seed-workers", DB, Integer.toString(load), "coverage", keys.toString()});
    Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", "n=" + load, "-h", BenchDatabase.HOST,
        "-p", BenchDatabase.PORT, "-U", BenchDatabase.USER, "-d", DB, "-f", "bench/coverage/load.sql").inheritIO().start();
    if (psql.waitFor() != 0) {
      throw new IllegalStateException("loading workers failed");
    }
    BenchDatabase.execute(DB, """
        INSERT INTO heir (id, worker_id, position, full_name, relationship, priority_class)
        SELECT md5('h' || id::text)::uuid, id, 1, 'Ahli Waris ' || full_name, 'SPOUSE', 1 FROM worker
        """);
    List<String[]> workers = new ArrayList<>();
    try (Connection c = BenchDatabase.connect(DB); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT w.id, h.id FROM worker w JOIN membership m ON m.worker_id = w.id AND m.status = 'ACTIVE'
            JOIN heir h ON h.worker_id = w.id ORDER BY w.id LIMIT %d""".formatted(N))) {
      while (rs.next()) {
        workers.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    if (workers.size() != N) {
      throw new IllegalStateException("only " + workers.size() + " workers with an active membership");
    }
    return workers;
  }

  /** The city's programme: every membership source, a ceiling that holds every death of the run. */
  private static void programme(String admin, int deaths) throws Exception {
    LocalDate today = LocalDate.now();
    expect(post(admin, "/santunan-programmes", new JsonObject().put("name", "Santunan kematian (bench)")
        .put("regulationNumber", "Perwali Kota Malang No. 7 Tahun 2025").put("regulationDate", today.minusYears(1).toString())
        .put("effectiveFrom", today.minusYears(1).toString()).put("amounts", new JsonObject().put("DEATH", SANTUNAN))
        .put("budgetYear", today.getYear()).put("budgetSource", "APBD").put("budgetCeiling", SANTUNAN * deaths).encode()), 201);
  }

  /** Records the worker's death; returns the santunan entitlement it gives. */
  private static String death(String token, String workerId) throws Exception {
    HttpResponse<String> r = post(token, "/santunan-events", new JsonObject().put("workerId", workerId).put("kind", "DEATH")
        .put("eventDate", LocalDate.now().minusDays(10).toString()).put("proofNote", "Akta kematian diperiksa.").encode());
    expect(r, 201);
    return new JsonObject(r.body()).getJsonArray("entitlements").getJsonObject(0).getString("id");
  }

  /** The database's word: N approved payouts, N approval entries in the audit trail, none twice. */
  private static void check(ConcurrentClients.Phase approve, int n) throws SQLException {
    long won = approve.count(200);
    long lost = approve.count(409);
    try (Connection c = BenchDatabase.connect(DB); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            SELECT (SELECT count(*) FROM payout WHERE status = 'APPROVED'),
                   (SELECT count(*) FROM audit_entry WHERE action = 'payout.approved'),
                   (SELECT count(DISTINCT entity_id) FROM audit_entry WHERE action = 'payout.approved')""")) {
      rs.next();
      long approved = rs.getLong(1);
      long entries = rs.getLong(2);
      long distinct = rs.getLong(3);
      System.out.printf(Locale.ROOT, "check: %,d answered 200, %,d answered 409; database: %,d approved, %,d audit entries "
          + "for %,d payouts%n", won, lost, approved, entries, distinct);
      if (won != n || lost != n || approved != n || entries != n || distinct != n) {
        throw new IllegalStateException("approvals do not add up: expected exactly " + n + " of each");
      }
    }
  }

  private static HttpResponse<String> post(String token, String path, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.api(path)).header("Authorization", "Bearer " + token);
    if (json == null) {
      b.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().uri().getPath() + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  /** @return the id of the role grant awaiting a second admin, or null */
  private static String createUser(String admin, String username, String role) throws Exception {
    HttpResponse<String> r = post(admin, "/users", new JsonObject().put("username", username).put("password", PASSWORD)
        .put("role", role).encode());
    expect(r, 201);
    JsonObject grant = new JsonObject(r.body()).getJsonObject("roleGrant");
    return grant != null && "PENDING".equals(grant.getString("status")) ? grant.getString("id") : null;
  }

  private static void confirm(String secondAdmin, String grantId) throws Exception {
    if (grantId != null) {
      expect(post(secondAdmin, "/role-grants/" + grantId + "/confirm", null), 200);
    }
  }

  private static String login(String username) throws Exception {
    return BenchApi.login(HTTP, server.base(), username, PASSWORD);
  }
}
