package id.ngopeni.api.security;

import id.ngopeni.api.testing.InvoiceRuns;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.worker.WorkerRepository;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.Sex;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * For every operation with a JSON body: how to make one valid request (objects it needs are
 * created when it is asked for) and how to read back what it stored. {@link MassAssignmentTest}
 * fails for an operation of the OpenAPI document that has no entry here.
 */
final class MassAssignmentCases implements AutoCloseable {
  static final String PASSWORD = "Pecel-Madiun-Pedas-2025";

  /** One valid request; {@code readBack} turns its successful answer into the stored object, read with GET. */
  record Call(String token, String url, Object body, Map<String, String> headers, Function<JsonObject, JsonObject> readBack) {}

  final TestServer server;
  private final Pool db;
  private final String admin;
  private final String operator;
  private final String approver;
  private final String reconciler;
  private final String auditor;
  private final LocalDate today = Jakarta.today(Clock.systemUTC());
  private final AtomicInteger serial = new AtomicInteger(1);
  private final Map<String, Supplier<Call>> cases = new LinkedHashMap<>();

  MassAssignmentCases() {
    server = new TestServer("mass_assignment");
    db = Pools.create(server.clientVertx, server.database, 2);
    admin = server.adminToken();
    server.createUser(admin, "ma.operator", PASSWORD, "OPERATOR", List.of());
    operator = server.login("ma.operator", PASSWORD).getString("accessToken");
    server.createUser(admin, "ma.approver", PASSWORD, "APPROVER", List.of());
    // Logout ends all of its user's access tokens: the logout case signs out a user of its own.
    server.createUser(admin, "ma.leaving", PASSWORD, "AUDITOR", List.of());
    approver = server.login("ma.approver", PASSWORD).getString("accessToken");
    server.createUser(admin, "ma.reconciler", PASSWORD, "OPERATOR", List.of());
    reconciler = server.login("ma.reconciler", PASSWORD).getString("accessToken");
    server.createUser(admin, "ma.auditor", PASSWORD, "AUDITOR", List.of());
    auditor = server.login("ma.auditor", PASSWORD).getString("accessToken");
    assertThat(send(HttpMethod.PUT, "/budgets/" + today.getYear() + "/APBD", admin,
        new JsonObject().put("allocated", 1_000_000_000_000L), Map.of("If-None-Match", "*")).statusCode()).isEqualTo(201);
    PayoutCases payouts = new PayoutCases(this, db, operator, approver, reconciler, today, this::created, () -> workers(true).get(0));

    add("post /auth/login", () -> call(null, "/auth/login", new JsonObject().put("username", "ma.operator").put("password", PASSWORD),
        r -> me(r.getString("accessToken"))));
    add("post /auth/refresh", () -> call(null, "/auth/refresh", new JsonObject().put("refreshToken", refreshToken()),
        r -> me(r.getString("accessToken"))));
    add("post /auth/logout", () -> {
      String token = server.login("ma.leaving", PASSWORD).getString("refreshToken");
      return call(null, "/auth/logout", new JsonObject().put("refreshToken", token), r -> {
        // Nothing is stored that could carry a field; the token is gone.
        assertThat(send(HttpMethod.POST, "/auth/refresh", null, new JsonObject().put("refreshToken", token), Map.of()).statusCode())
            .isEqualTo(401);
        return new JsonObject();
      });
    });
    add("post /users", () -> call(admin, "/users", newUser(), r -> get("/users/" + r.getString("id"))));
    add("patch /users/{id}", () -> {
      String id = created("/users", newUser());
      return new Call(admin, "/users/" + id, new JsonObject().put("active", true), Map.of("If-Match", "\"1\""),
          r -> get("/users/" + id));
    });
    add("post /categories", () -> call(admin, "/categories",
        new JsonObject().put("code", "MA_UJI").put("nameId", "Uji").put("nameEn", "Test"),
        r -> find(get("/categories"), "code", "MA_UJI")));
    add("post /workers", () -> call(admin, "/workers", newWorker(), r -> get("/workers/" + r.getString("id"))));
    add("post /workers/lookup", () -> {
      JsonObject worker = newWorker();
      String id = created("/workers", worker);
      return call(admin, "/workers/lookup", new JsonObject().put("nik", worker.getString("nik")), r -> get("/workers/" + id));
    });
    add("post /workers/search", () -> {
      JsonObject worker = newWorker();
      String id = created("/workers", worker);
      return call(admin, "/workers/search", new JsonObject().put("q", worker.getString("nik").substring(0, 12)),
          r -> get("/workers/" + id));
    });
    // Reads with a body (issue 17): nothing is stored, the worker stays as it was.
    add("post /workers/{id}/reveal", () -> {
      String id = created("/workers", newWorker());
      return call(admin, "/workers/" + id + "/reveal", new JsonObject().put("purpose", "VERIFICATION"),
          r -> get("/workers/" + id));
    });
    add("post /access-log/by-nik", () -> {
      JsonObject worker = newWorker();
      created("/workers", worker);
      return call(auditor, "/access-log/by-nik", new JsonObject().put("nik", worker.getString("nik")), r -> r);
    });
    add("patch /workers/{id}", () -> {
      String id = created("/workers", newWorker());
      return new Call(admin, "/workers/" + id, new JsonObject().put("fullName", "Nama Baru"), Map.of("If-Match", "\"1\""),
          r -> get("/workers/" + id));
    });
    add("put /workers/{id}/heirs", () -> {
      String id = created("/workers", newWorker());
      return new Call(admin, "/workers/" + id + "/heirs",
          new JsonArray().add(new JsonObject().put("fullName", "Siti Aminah").put("relationship", "SPOUSE")),
          Map.of("If-Match", "\"1\""), r -> get("/workers/" + id + "/heirs").getJsonArray("items").getJsonObject(0));
    });
    add("post /tariffs", () -> call(admin, "/tariffs", new JsonObject().put("program", "JKM").put("fundingSource", "BUMN")
            .put("validFrom", YearMonth.from(today).plusMonths(1).atDay(1).toString()).put("flatAmount", 6_800),
        r -> find(get("/tariffs"), "id", r.getString("id"))));
    add("post /workers/{id}/memberships", () -> {
      UUID worker = workers(false).get(0);
      return call(admin, "/workers/" + worker + "/memberships", enrolment(),
          r -> find(get("/workers/" + worker + "/memberships"), "id", r.getString("id")));
    });
    add("post /memberships/{id}/end", () -> {
      UUID worker = workers(false).get(0);
      String membership = created("/workers/" + worker + "/memberships", enrolment());
      return call(admin, "/memberships/" + membership + "/end", new JsonObject().put("endDate", today.toString())
          .put("reason", "Pindah ke luar kota"), r -> find(get("/workers/" + worker + "/memberships"), "id", membership));
    });
    add("put /memberships/{id}/sector", () -> {
      UUID worker = workers(false).get(0);
      String membership = created("/workers/" + worker + "/memberships", enrolment());
      return new Call(admin, "/memberships/" + membership + "/sector", new JsonObject().put("sector", "TRANSPORT"),
          Map.of("If-Match", "*"), r -> find(get("/workers/" + worker + "/memberships"), "id", membership));
    });
    add("put /budgets/{year}/{fundingSource}", () -> new Call(admin, "/budgets/2031/DBHCHT",
        new JsonObject().put("allocated", 5_000_000_000L), Map.of("If-None-Match", "*"),
        r -> find(get("/budgets/2031"), "fundingSource", "DBHCHT")));
    add("post /premium-invoices", () -> call(admin, "/premium-invoices",
        new JsonObject().put("period", YearMonth.from(today).minusMonths(1).toString()),
        r -> get("/premium-invoices/" + InvoiceRuns.finished(server, admin, r.getString("id")).getJsonArray("items")
            .getJsonObject(0).getString("id"))));
    add("post /premium-invoices/{id}/mark-paid", () -> {
      String invoice = InvoiceRuns.generated(server, admin, YearMonth.from(today)).getJsonArray("items")
          .getJsonObject(0).getString("id");
      return call(admin, "/premium-invoices/" + invoice + "/mark-paid",
          new JsonObject().put("paidAt", today.toString()).put("reference", "SP2D-0042"), r -> get("/premium-invoices/" + invoice));
    });
    add("put /coverage/baselines/{year}/{regionCode}", () -> new Call(admin, "/coverage/baselines/" + today.getYear() + "/35.73.01",
        new JsonObject().put("workforce", 10_000).put("target", 5_000), Map.of("If-None-Match", "*"),
        r -> find(get("/coverage?year=" + today.getYear() + "&groupBy=kecamatan").getJsonArray("rows"), "key", "35.73.01")));
    add("put /dtsen/policies/{fundingSource}", () -> call(admin, "/dtsen/policies/BUMN", new JsonObject().put("maxDecile", 4),
        r -> find(get("/dtsen/policies"), "fundingSource", "BUMN")));
    add("put /earmarks/{fundingSource}", () -> call(admin, "/earmarks/BUMN", new JsonObject().put("basis", "Uji")
        .put("categories", new JsonArray().add(new JsonObject().put("category", "MARBOT").put("priority", 1))),
        r -> find(get("/earmarks"), "fundingSource", "BUMN")));
    add("post /claims", () -> call(operator, "/claims", deathClaim(workers(true).get(0)), r -> get("/claims/" + r.getString("id"))));
    add("post /claims/{id}/reject", () -> {
      String claim = created("/claims", deathClaim(workers(true).get(0)));
      return call(operator, "/claims/" + claim + "/reject", new JsonObject().put("reason", "Bukan peserta"),
          r -> get("/claims/" + claim));
    });
    payouts.register(this::add, admin, this::get);
    BpjsCases.register(this::add, db, admin, UUID.fromString(me(admin).getString("id")), this::get,
        () -> workers(true).get(0), today);
    add("post /payout-batches", () -> {
      String payout = payouts.approved();
      return call(operator, "/payout-batches", new JsonObject().put("payoutIds", new JsonArray().add(payout)),
          r -> get("/payout-batches/" + r.getString("id")));
    });
    AuditCases.register(this::add, auditor, () -> {
      JsonObject worker = newWorker();
      created("/workers", worker);
      return worker.getString("nik");
    });
    DecreeCases.register(this::add, this, admin, operator, approver, this::get, () -> workers(false).get(0), today);
    SubjectCases.register(this::add, this, admin, () -> {
      JsonObject worker = newWorker();
      return new String[] {worker.getString("nik"), created("/workers", worker)};
    }, this::get);
    PrivacyCases.register(this::add, this, admin, this::get);
    DuplicateReviewCases.register(this::add, this, admin, this::get);
    ClaimCaseCases.register(this, this::add, db, operator, admin, this::get, this::created,
        () -> deathClaim(workers(true).get(0)), () -> workers(true).get(0), today);
  }

  Map<String, Supplier<Call>> all() {
    return cases;
  }

  HttpResponse<Buffer> send(HttpMethod method, String path, String token, Object body, Map<String, String> headers) {
    var request = server.http.request(method, "/api/v1" + path);
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    headers.forEach(request::putHeader);
    return body == null ? request.send().await()
        : request.putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(Json.encode(body))).await();
  }

  private void add(String operation, Supplier<Call> call) {
    cases.put(operation, call);
  }

  private static Call call(String token, String path, Object body, Function<JsonObject, JsonObject> readBack) {
    return new Call(token, path, body, Map.of(), readBack);
  }

  private JsonObject get(String path) {
    var response = send(HttpMethod.GET, path, admin, null, Map.of());
    assertThat(response.statusCode()).as("GET %s: %s", path, response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  private JsonObject me(String accessToken) {
    var response = send(HttpMethod.GET, "/me", accessToken, null, Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  private static JsonObject find(JsonObject list, String key, String value) {
    return find(list.getJsonArray("items"), key, value);
  }

  private static JsonObject find(JsonArray items, String key, String value) {
    return items.stream().map(JsonObject.class::cast).filter(o -> value.equals(String.valueOf(o.getValue(key))))
        .findFirst().orElseThrow(() -> new AssertionError("no " + key + "=" + value + " in " + items.encode()));
  }

  /** POSTs as the role that may and returns the new object's id. */
  private String created(String path, JsonObject body) {
    String token = path.startsWith("/claims") ? operator : admin;
    var response = send(HttpMethod.POST, path, token, body, Map.of());
    assertThat(response.statusCode()).as("POST %s: %s", path, response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject().getString("id");
  }

  private String refreshToken() {
    return server.login("ma.operator", PASSWORD).getString("refreshToken");
  }

  private JsonObject newUser() {
    return new JsonObject().put("username", "ma.user" + serial.incrementAndGet()).put("password", PASSWORD).put("role", "AUDITOR");
  }

  private JsonObject newWorker() {
    LocalDate born = LocalDate.of(1970, 3, 4);
    String nik = Nik.of(new RegionCode("35.73.02"), born, Sex.M, serial.incrementAndGet() * 13 % 9999).value();
    return new JsonObject().put("nik", nik).put("fullName", "Sukirman").put("birthDate", born.toString()).put("sex", "M")
        .put("kelurahanCode", "35.73.02.1001").put("category", "MARBOT");
  }

  private JsonObject enrolment() {
    return new JsonObject().put("programs", new JsonArray().add("JKK").add("JKM")).put("declaredIncome", 1_000_000)
        .put("fundingSource", "APBD").put("startDate", today.toString());
  }

  private JsonObject deathClaim(UUID worker) {
    return new JsonObject().put("workerId", worker.toString()).put("type", "JKM_DEATH")
        .put("incidentDate", today.minusDays(10).toString()).put("description", "Meninggal dunia karena sakit.");
  }

  /** A worker written straight into the registry; a member (JKK + JKM, APBD) for two years if asked. */
  private List<UUID> workers(boolean member) {
    List<UUID> ids = DemoWorkers.insert(db, new WorkerRepository(server.app.crypto()), 500 + serial.incrementAndGet(), 1, today).await().stream()
        .map(DemoWorkers.Written::id).toList();
    for (UUID id : member ? ids : List.<UUID>of()) {
      db.preparedQuery("""
          INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status)
          VALUES ($1, $2, ARRAY['JKK', 'JKM'], 1000000, 'APBD', $3, 'ACTIVE')
          """).execute(Tuple.of(Ids.newId(), id, today.minusYears(2))).await();
    }
    return ids;
  }

  @Override
  public void close() {
    db.close().await();
    server.close();
  }
}
