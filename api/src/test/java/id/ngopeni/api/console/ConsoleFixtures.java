package id.ngopeni.api.console;

import id.ngopeni.api.testing.InvoiceRuns;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.api.worker.WorkerFixture;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.Sex;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data for the console tests, made through the real API where it exists (workers, heirs,
 * claims, documents, santunan, payouts) and straight in the table where it does not yet (memberships).
 */
final class ConsoleFixtures {
  static final String KLOJEN = "35.73.02";
  /** Kelurahan Klojen and Samaan (both in kecamatan Klojen). */
  static final String KELURAHAN_KLOJEN = "35.73.02.1001";
  static final String KELURAHAN_SAMAAN = "35.73.02.1003";
  static final byte[] PDF_BYTES = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final Buffer PDF = Buffer.buffer(PDF_BYTES);
  // Steps of 13: no two serials are one digit apart, which the registry would warn about.
  private static final AtomicInteger SERIAL = new AtomicInteger(11);

  private final TestServer server;

  ConsoleFixtures(TestServer server) {
    this.server = server;
  }

  /** A NIK issued in the kecamatan, agreeing with birth date and sex, never used before. */
  static String nik(String kecamatan, LocalDate birthDate, String sex) {
    return Nik.of(new RegionCode(kecamatan), birthDate, Sex.valueOf(sex), SERIAL.addAndGet(13) % 9999).value();
  }

  /** Registers a worker through the API and returns its id. */
  String worker(String token, String fullName, LocalDate birthDate, String sex, String kelurahan) {
    JsonObject body = WorkerFixture.worker(nik(kelurahan.substring(0, 8), birthDate, sex), fullName, birthDate, sex, kelurahan);
    return created(server.post("/api/v1/workers", token, body), 201).getString("id");
  }

  /** Registers a worker who has been an ACTIVE member for two years (long enough for any benefit); returns its id. */
  String member(String token, String fullName, LocalDate birthDate, String sex, String kelurahan) {
    String id = worker(token, fullName, birthDate, sex, kelurahan);
    activeMembership(id, LocalDate.now().minusYears(2));
    return id;
  }

  /** An ACTIVE membership since the given day (the membership routes are another feature's). */
  void activeMembership(String workerId, LocalDate start) {
    var pool = Pools.create(server.clientVertx, server.database, 1);
    try {
      pool.preparedQuery("""
          INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status)
          VALUES ($1, $2, ARRAY['JKK', 'JKM'], 1000000, 'DBHCHT', $3, 'ACTIVE')
          """).execute(Tuple.of(Ids.newId(), UUID.fromString(workerId), start)).await();
    } finally {
      pool.close().await();
    }
  }

  /** Records a funding source's budget for a year (it must not exist yet). */
  void budget(String token, int year, String source, long allocated) {
    created(server.http.put("/api/v1/budgets/" + year + "/" + source)
        .putHeader("Authorization", "Bearer " + token).putHeader("If-None-Match", "*")
        .sendJsonObject(new JsonObject().put("allocated", allocated)).await(), 201);
  }

  /** Generates the month's premium invoices and marks the first (the only source billed) paid. */
  void invoicedAndPaid(String token, YearMonth period) {
    String invoice = InvoiceRuns.generated(server, token, period).getJsonArray("items").getJsonObject(0).getString("id");
    created(server.post("/api/v1/premium-invoices/" + invoice + "/mark-paid", token, new JsonObject()
        .put("paidAt", Jakarta.today(Clock.systemUTC()).toString()).put("reference", "SP2D-" + period)), 200);
  }

  /** Imports BPJS's bill for the month (CSV). */
  void reconciled(String token, YearMonth period, String csv) {
    created(server.http.post("/api/v1/bpjs/reconciliations?period=" + period)
        .putHeader("Authorization", "Bearer " + token).putHeader("Content-Type", "text/csv")
        .sendBuffer(Buffer.buffer(csv)).await(), 201);
  }

  /** Registers the worker's spouse as the only heir; returns the heir's id. */
  String spouse(String token, String workerId, String name) {
    return heirs(token, workerId, "SPOUSE", name).get(0);
  }

  /** Registers the worker's heirs as relationship, name pairs; returns their ids in that order. */
  List<String> heirs(String token, String workerId, String... relationshipAndName) {
    JsonArray list = new JsonArray();
    for (int i = 0; i < relationshipAndName.length; i += 2) {
      list.add(new JsonObject().put("relationship", relationshipAndName[i]).put("fullName", relationshipAndName[i + 1]));
    }
    String etag = server.get("/api/v1/workers/" + workerId, token).getHeader("ETag");
    var response = server.http.request(HttpMethod.PUT, "/api/v1/workers/" + workerId + "/heirs")
        .putHeader("Authorization", "Bearer " + token).putHeader("If-Match", etag).sendJson(list).await();
    return created(response, 200).getJsonArray("items").stream().map(h -> ((JsonObject) h).getString("id")).toList();
  }

  /** A death claim filed ten days ago, without documents. */
  JsonObject filedDeathClaim(String token, String workerId) {
    return created(server.post("/api/v1/claims", token, new JsonObject()
        .put("workerId", workerId)
        .put("type", "JKM_DEATH")
        .put("incidentDate", LocalDate.now().minusDays(10).toString())
        .put("description", "Meninggal dunia karena sakit di rumah.")), 201);
  }

  /** Uploads a small PDF as a document of this kind. */
  void upload(String token, String claimId, String kind) {
    created(server.http.post("/api/v1/claims/" + claimId + "/documents").putHeader("Authorization", "Bearer " + token)
        .sendMultipartForm(MultipartForm.create().attribute("kind", kind)
            .binaryFileUpload("file", "dokumen.pdf", PDF, "application/pdf")).await(), 201);
  }

  /** A death claim with every required document, verified. */
  String verifiedDeathClaim(String token, String workerId) {
    JsonObject claim = filedDeathClaim(token, workerId);
    String id = claim.getString("id");
    for (Object kind : claim.getJsonArray("requiredDocuments")) {
      upload(token, id, (String) kind);
    }
    created(server.post("/api/v1/claims/" + id + "/verify", token, null), 200);
    return id;
  }

  /** What the console tests' santunan programme pays per death. */
  static final long SANTUNAN_DEATH = 10_000_000L;
  private String programme;

  /**
   * The worker's death recorded by the operator (a member paid from DBHCHT); returns the
   * santunan entitlement it gives under the programme an admin makes on first use: Rp10.000.000
   * per death, in force since a year ago, Rp1 miliar of APBD.
   */
  String santunan(String operatorToken, String workerId) {
    if (programme == null) {
      programme = created(server.post("/api/v1/santunan-programmes", server.adminToken(), new JsonObject()
          .put("name", "Santunan kematian pekerja rentan Kota Malang").put("regulationNumber", "Perwali Kota Malang No. 7 Tahun 2025")
          .put("regulationDate", LocalDate.now().minusYears(1).toString()).put("effectiveFrom", LocalDate.now().minusYears(1).toString())
          .put("membershipSources", new JsonArray().add("DBHCHT").add("APBD"))
          .put("amounts", new JsonObject().put("DEATH", SANTUNAN_DEATH))
          .put("budgetYear", LocalDate.now().getYear()).put("budgetSource", "APBD").put("budgetCeiling", 1_000_000_000L)), 201)
          .getString("id");
    }
    JsonObject recorded = created(server.post("/api/v1/santunan-events", operatorToken, new JsonObject().put("workerId", workerId)
        .put("kind", "DEATH").put("eventDate", LocalDate.now().minusDays(10).toString()).put("proofNote", "Akta kematian diperiksa.")), 201);
    return recorded.getJsonArray("entitlements").stream().map(JsonObject.class::cast)
        .filter(e -> e.getString("programmeId").equals(programme)).findFirst().orElseThrow().getString("id");
  }

  /** A payout of the santunan entitlement made by the token's user (the maker); null amount: what is left. */
  JsonObject pendingPayout(String token, String entitlementId, String heirId, String accountName, Long amount) {
    JsonObject body = new JsonObject().put("heirId", heirId).put("bankCode", "002")
        .put("accountNumber", "0123-01-000123-30-5").put("accountName", accountName);
    if (amount != null) {
      body.put("amount", amount);
    }
    return created(server.post("/api/v1/santunan-entitlements/" + entitlementId + "/payouts", token, body), 201);
  }

  /** A payout made by the maker and approved by the approver; returns its id. */
  String approvedPayout(String maker, String approver, String entitlementId, String heirId, String accountName, Long amount) {
    String id = pendingPayout(maker, entitlementId, heirId, accountName, amount).getString("id");
    created(server.post("/api/v1/payouts/" + id + "/approve", approver, null), 200);
    return id;
  }

  /** Imports a CSV file as the token's user and waits until the job has ended; returns the job. */
  JsonObject finishedImport(String token, String csv) {
    String id = created(server.http.post("/api/v1/imports/workers").putHeader("Authorization", "Bearer " + token)
        .putHeader("Content-Type", "text/csv").sendBuffer(Buffer.buffer(csv)).await(), 202).getString("id");
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (true) {
      JsonObject job = created(server.get("/api/v1/imports/" + id, token), 200);
      if (List.of("DONE", "FAILED").contains(job.getString("status"))) {
        return job;
      }
      assertThat(System.nanoTime()).as("import %s still %s", id, job.getString("status")).isLessThan(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static JsonObject created(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    return response.bodyAsJsonObject();
  }
}
