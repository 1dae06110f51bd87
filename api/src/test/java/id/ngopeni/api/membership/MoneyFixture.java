package id.ngopeni.api.membership;

import id.ngopeni.api.testing.InvoiceRuns;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.testing.ClassFixture;
import id.ngopeni.api.testing.Sealed;
import java.util.UUID;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.worker.WorkerRepository;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Workers straight into the registry table (the workers API belongs to another capability) and
 * the HTTP calls the coverage tests share. Everything blocks the test thread.
 */
public final class MoneyFixture implements ClassFixture {
  public final TestServer server;
  public final Pool db;
  public final String admin;
  private long seed = 1;

  public MoneyFixture(String hint) {
    server = new TestServer(hint);
    db = Pools.create(server.clientVertx, server.database, 2);
    admin = server.adminToken();
  }

  public static LocalDate today() {
    return Jakarta.today(Clock.systemUTC());
  }

  public static YearMonth currentMonth() {
    return YearMonth.from(today());
  }

  /** Months from this one to December: what an enrolment starting now commits. */
  public static int monthsLeft() {
    return 13 - currentMonth().getMonthValue();
  }

  /** The NIK of a worker, opened from its sealed column. */
  public String nik(UUID workerId) {
    return Sealed.of(server).nikOf(db, workerId);
  }

  /** Every worker's NIK by id. */
  public java.util.Map<UUID, String> niks() {
    java.util.Map<UUID, String> out = new java.util.HashMap<>();
    db.query("SELECT id FROM worker").execute().await().forEach(r -> out.put(r.getUUID(0), nik(r.getUUID(0))));
    return out;
  }

  public List<DemoWorkers.Written> workers(int n) {
    return DemoWorkers.insert(db, new WorkerRepository(server.app.crypto()), 1000 + seed++, n, today()).await();
  }

  public List<DemoWorkers.Written> workersIn(String kelurahan, int n) {
    List<DemoWorkers.Written> all = workers(n);
    db.preparedQuery("UPDATE worker SET kelurahan_code = $1 WHERE id = ANY($2)")
        .execute(Tuple.tuple().addString(kelurahan)
            .addArrayOfUUID(all.stream().map(DemoWorkers.Written::id).toArray(java.util.UUID[]::new))).await();
    return all.stream().map(w -> new DemoWorkers.Written(w.id(), kelurahan, w.category())).toList();
  }

  public static JsonObject enrolment(String source, long income, LocalDate start, String... programs) {
    return new JsonObject().put("programs", new JsonArray(List.of((Object[]) programs))).put("declaredIncome", income)
        .put("fundingSource", source).put("startDate", start.toString());
  }

  public HttpResponse<Buffer> enrol(String token, Object workerId, JsonObject body) {
    return server.post("/api/v1/workers/" + workerId + "/memberships", token, body);
  }

  public JsonObject enrolled(Object workerId, JsonObject body) {
    var r = enrol(admin, workerId, body);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    return r.bodyAsJsonObject();
  }

  public HttpResponse<Buffer> putBudget(String token, int year, String source, long allocated) {
    return server.http.request(HttpMethod.PUT, "/api/v1/budgets/" + year + "/" + source)
        .putHeader("Authorization", "Bearer " + token).putHeader("If-None-Match", "*")
        .sendJsonObject(new JsonObject().put("allocated", allocated)).await();
  }

  public void budget(int year, String source, long allocated) {
    var r = putBudget(admin, year, source, allocated);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
  }

  public JsonObject budgetOf(int year, String source) {
    var r = server.get("/api/v1/budgets/" + year, admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("fundingSource").equals(source)).findFirst().orElseThrow();
  }

  /** The period's invoices generated (POST, then the run polled until DONE): the run, with {@code items}. */
  public JsonObject generate(YearMonth period) {
    return InvoiceRuns.generated(server, admin, period);
  }

  public static JsonObject invoiceOf(JsonObject run, String source) {
    return run.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("fundingSource").equals(source)).findFirst().orElse(null);
  }

  public static Set<String> failingFields(HttpResponse<Buffer> r) {
    Set<String> fields = new HashSet<>();
    r.bodyAsJsonObject().getJsonArray("errors").forEach(e -> fields.add(((JsonObject) e).getString("field") + ":"
        + ((JsonObject) e).getString("code")));
    return fields;
  }

  @Override
  public void close() {
    db.close().await();
    server.close();
  }
}
