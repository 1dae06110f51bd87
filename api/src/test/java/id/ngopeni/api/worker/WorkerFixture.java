package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.ClassFixture;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.Sex;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helper for the worker routes (and the reference data tests that create workers): valid workers, raw requests, direct SQL. */
public final class WorkerFixture implements ClassFixture {
  public static final String KLOJEN = "35.73.02.1001";
  public static final String SAMAAN = "35.73.02.1003";
  public static final String BALEARJOSARI = "35.73.01.1001";
  public static final String PASSWORD = "Rawon-Nguling-Malang-77";

  private static final AtomicInteger SERIAL = new AtomicInteger(7);

  public final TestServer server;
  public final String admin;
  public final Pool db;

  public WorkerFixture(String hint) {
    server = new TestServer(hint);
    admin = server.adminToken();
    db = Pools.create(server.clientVertx, server.database, 2);
  }

  /** A user of this role (field officers get the given kelurahan) and their access token. */
  public String token(String username, String role, String... kelurahan) {
    server.createUser(admin, username, PASSWORD, role, List.of(kelurahan));
    return server.login(username, PASSWORD).getString("accessToken");
  }

  /**
   * A NIK issued in the given kecamatan, consistent with birth date and sex, never used before.
   * Serials step by 13, so no two of them are one digit apart (that would be a typing slip, which
   * the registry warns about): no multiple of 13 is a single digit times a power of ten.
   */
  public static String nik(String kecamatan, LocalDate birthDate, String sex) {
    int serial = SERIAL.incrementAndGet() * 13 % 9999;
    return Nik.of(new RegionCode(kecamatan), birthDate, Sex.valueOf(sex), serial).value();
  }

  public static JsonObject worker(String name, LocalDate birthDate, String sex, String kelurahan) {
    return worker(nik(kelurahan.substring(0, 8), birthDate, sex), name, birthDate, sex, kelurahan);
  }

  /** The body of a new worker (a guru ngaji) with this NIK. */
  public static JsonObject worker(String nik, String name, LocalDate birthDate, String sex, String kelurahan) {
    return new JsonObject()
        .put("nik", nik)
        .put("fullName", name)
        .put("birthDate", birthDate.toString())
        .put("sex", sex)
        .put("kelurahanCode", kelurahan)
        .put("category", "GURU_NGAJI");
  }

  public HttpResponse<Buffer> request(HttpMethod method, String path, String token, Object body, String ifMatch) {
    var request = server.http.request(method, path).putHeader("Authorization", "Bearer " + token);
    if (ifMatch != null) {
      request.putHeader("If-Match", ifMatch);
    }
    if (body == null) {
      return request.send().await();
    }
    return request.putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(io.vertx.core.json.Json.encode(body))).await();
  }

  public HttpResponse<Buffer> get(String path, String token) {
    return request(HttpMethod.GET, path, token, null, null);
  }

  public HttpResponse<Buffer> post(String path, String token, Object body) {
    return request(HttpMethod.POST, path, token, body, null);
  }

  public HttpResponse<Buffer> create(String token, JsonObject worker) {
    return post("/api/v1/workers", token, worker);
  }

  /** Creates and returns the worker (201 asserted). */
  public JsonObject created(String token, JsonObject worker) {
    var response = create(token, worker);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }

  public String createdId(JsonObject worker) {
    return created(admin, worker).getString("id");
  }

  public static Set<String> failures(HttpResponse<Buffer> response) {
    Set<String> out = new HashSet<>();
    response.bodyAsJsonObject().getJsonArray("errors").forEach(e ->
        out.add(((JsonObject) e).getString("field") + ":" + ((JsonObject) e).getString("code")));
    return out;
  }

  /** Records a membership straight in the table (memberships are another feature's routes). */
  public void membership(String workerId, String status, LocalDate start) {
    LocalDate end = status.equals("ACTIVE") ? null : start.plusMonths(6);
    db.preparedQuery("""
            INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, end_date, status)
            VALUES ($1, $2, ARRAY['JKK','JKM'], 1000000, 'DBHCHT', $3, $4, $5)""")
        .execute(Tuple.of(UUID.randomUUID(), UUID.fromString(workerId), start, end, status)).await();
  }

  @Override
  public void close() {
    db.close().await();
    server.close();
  }
}
