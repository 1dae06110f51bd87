package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.ClassFixture;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.multipart.MultipartForm;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A server with one user per role and the HTTP calls the claim tests make. Every call blocks
 * the test thread, so assertions stay on it.
 */
final class ClaimsApi implements ClassFixture {
  static final String PASSWORD = "Rawon-Nguling-Probolinggo-7";
  static final String KELURAHAN = "35.73.02.1001";
  static final String OTHER_KELURAHAN = "35.73.05.1003";
  /** A minimal PDF: the signature is what counts. */
  static final Buffer PDF = Buffer.buffer("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
  static final Buffer PNG = Buffer.buffer(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

  final TestServer server;
  final RegistryFixtures registry;
  final String admin;
  final String operator;
  final String operatorId;
  /** A second OPERATOR, who records the bank's answers (never the maker of the transfers). */
  final String reconciler;
  final String approver;
  final String approverId;
  final String auditor;
  final String fieldOfficer;
  final String strangerOfficer;

  /** 50 connections, so parallel requests really arrive together (the shared client keeps 5). */
  final WebClient wide;

  ClaimsApi(String hint) {
    server = new TestServer(hint);
    wide = WebClient.create(server.clientVertx,
        new WebClientOptions().setDefaultHost("localhost").setDefaultPort(server.app.port()),
        new PoolOptions().setHttp1MaxSize(50));
    registry = new RegistryFixtures(server);
    admin = server.adminToken();
    operatorId = server.createUser(admin, "operator", PASSWORD, "OPERATOR", List.of());
    operator = token("operator");
    server.createUser(admin, "reconciler", PASSWORD, "OPERATOR", List.of());
    reconciler = token("reconciler");
    approverId = server.createUser(admin, "approver", PASSWORD, "APPROVER", List.of());
    approver = token("approver");
    server.createUser(admin, "auditor", PASSWORD, "AUDITOR", List.of());
    auditor = token("auditor");
    server.createUser(admin, "field", PASSWORD, "FIELD_OFFICER", List.of(KELURAHAN));
    fieldOfficer = token("field");
    server.createUser(admin, "stranger", PASSWORD, "FIELD_OFFICER", List.of(OTHER_KELURAHAN));
    strangerOfficer = token("stranger");
  }

  String token(String username) {
    return server.login(username, PASSWORD).getString("accessToken");
  }

  /** A worker in {@link #KELURAHAN}, member since two years before the incident, with a spouse and a sibling. */
  Worker deceasedWorker() {
    return deceasedWorker("Slamet Riyadi");
  }

  Worker deceasedWorker(String fullName) {
    UUID worker = registry.worker(KELURAHAN, fullName);
    registry.membership(worker, LocalDate.now().minusYears(2), 1_000_000);
    UUID spouse = registry.heir(worker, "SPOUSE", 1, 1);
    UUID sibling = registry.heir(worker, "SIBLING", 2, 3);
    return new Worker(worker, spouse, sibling);
  }

  record Worker(UUID id, UUID spouse, UUID sibling) {}

  HttpResponse<Buffer> fileDeathClaim(String token, UUID workerId) {
    return post("/api/v1/claims", token, new JsonObject()
        .put("workerId", workerId.toString())
        .put("type", "JKM_DEATH")
        .put("incidentDate", LocalDate.now().minusDays(10).toString())
        .put("description", "Meninggal dunia karena sakit di rumah."));
  }

  /** Files a death claim, uploads every required document and verifies it. */
  JsonObject verifiedClaim(Worker worker) {
    var filed = fileDeathClaim(operator, worker.id());
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    JsonObject claim = filed.bodyAsJsonObject();
    String id = claim.getString("id");
    for (Object kind : claim.getJsonArray("requiredDocuments")) {
      var uploaded = upload(operator, id, (String) kind, "doc.pdf", PDF);
      assertThat(uploaded.statusCode()).as(uploaded.bodyAsString()).isEqualTo(201);
    }
    var verified = post("/api/v1/claims/" + id + "/verify", operator, null);
    assertThat(verified.statusCode()).as(verified.bodyAsString()).isEqualTo(200);
    return verified.bodyAsJsonObject();
  }

  /** What the test programme pays per death (the city's own santunan, not BPJS's JKM). */
  static final long SANTUNAN_DEATH = 10_000_000L;
  /** What the test programme pays per work accident, to the worker. */
  static final long SANTUNAN_ACCIDENT = 5_000_000L;

  private String programmeId;

  /**
   * The santunan programme of this server (created on first use by the admin): in force since a
   * year ago, for members paid from DBHCHT or APBD active on the event date, Rp10.000.000 per
   * death and Rp5.000.000 per work accident, Rp1 miliar of APBD.
   */
  String programme() {
    if (programmeId == null) {
      programmeId = programme("Santunan kematian pekerja rentan (uji)", 1_000_000_000L);
    }
    return programmeId;
  }

  /** A new programme with its own budget ceiling, in force since a year ago. */
  String programme(String name, long ceiling) {
    var created = post("/api/v1/santunan-programmes", admin, programmeBody(name, ceiling));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return created.bodyAsJsonObject().getString("id");
  }

  static JsonObject programmeBody(String name, long ceiling) {
    return new JsonObject().put("name", name).put("regulationNumber", "Perwali Kota Malang No. 7 Tahun 2025")
        .put("regulationDate", LocalDate.now().minusYears(1).minusDays(10).toString())
        .put("effectiveFrom", LocalDate.now().minusYears(1).toString())
        .put("membershipSources", new JsonArray().add("DBHCHT").add("APBD"))
        .put("amounts", new JsonObject().put("DEATH", SANTUNAN_DEATH).put("WORK_ACCIDENT", SANTUNAN_ACCIDENT))
        .put("budgetYear", LocalDate.now().getYear()).put("budgetSource", "APBD").put("budgetCeiling", ceiling);
  }

  HttpResponse<Buffer> recordEvent(String token, UUID workerId, String kind) {
    return post("/api/v1/santunan-events", token, new JsonObject().put("workerId", workerId.toString()).put("kind", kind)
        .put("eventDate", LocalDate.now().minusDays(10).toString()).put("proofNote", "Akta kematian diperiksa."));
  }

  /** Records the worker's death; the entitlement it gives under {@link #programme()}. */
  JsonObject santunan(Worker worker) {
    programme();
    var recorded = recordEvent(operator, worker.id(), "DEATH");
    assertThat(recorded.statusCode()).as(recorded.bodyAsString()).isEqualTo(201);
    return recorded.bodyAsJsonObject().getJsonArray("entitlements").stream().map(o -> (JsonObject) o)
        .filter(e -> e.getString("programmeId").equals(programmeId)).findFirst().orElseThrow();
  }

  HttpResponse<Buffer> createPayout(String token, String entitlementId, UUID heirId, Long amount) {
    JsonObject body = new JsonObject().put("heirId", heirId == null ? null : heirId.toString()).put("bankCode", "002")
        .put("accountNumber", "0123-01-000123-30-5").put("accountName", "Siti Aminah");
    if (amount != null) {
      body.put("amount", amount);
    }
    return post("/api/v1/santunan-entitlements/" + entitlementId + "/payouts", token, body);
  }

  String pendingPayout(String entitlementId, UUID heirId, Long amount) {
    var created = createPayout(operator, entitlementId, heirId, amount);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return created.bodyAsJsonObject().getString("id");
  }

  HttpResponse<Buffer> upload(String token, String claimId, String kind, String filename, Buffer bytes) {
    MultipartForm form = MultipartForm.create().attribute("kind", kind)
        .binaryFileUpload("file", filename, bytes, "application/pdf");
    return server.http.post("/api/v1/claims/" + claimId + "/documents")
        .putHeader("Authorization", "Bearer " + token)
        .sendMultipartForm(form).await();
  }

  HttpResponse<Buffer> post(String path, String token, JsonObject body) {
    return server.send(HttpMethod.POST, path, token, body);
  }

  HttpResponse<Buffer> get(String path, String token) {
    return server.get(path, token);
  }

  HttpResponse<Buffer> postCsv(String path, String token, String csv) {
    return server.http.post(path).putHeader("Authorization", "Bearer " + token).putHeader("Content-Type", "text/csv")
        .sendBuffer(Buffer.buffer(csv, StandardCharsets.UTF_8.name())).await();
  }

  /**
   * "transfer_reference,amount" of one payout in a batch, as the transfer file gave them: the
   * start of a row of the bank's answer ({@code transfer_reference,amount,status,bank_reference}).
   */
  String transfer(String batchId, String payoutId) {
    var batch = get("/api/v1/payout-batches/" + batchId, operator);
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(200);
    JsonObject item = batch.bodyAsJsonObject().getJsonArray("items").stream().map(o -> (JsonObject) o)
        .filter(i -> i.getString("payoutId").equals(payoutId)).findFirst().orElseThrow();
    return item.getString("reference") + "," + item.getLong("amount");
  }

  /** The audit actions recorded for one entity, oldest first. */
  List<String> auditActions(String entityType, String entityId) {
    var response = get("/api/v1/audit?entityType=" + entityType + "&entityId=" + entityId + "&limit=500", auditor);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonArray items = response.bodyAsJsonObject().getJsonArray("items");
    List<String> actions = new java.util.ArrayList<>(items.stream().map(o -> ((JsonObject) o).getString("action")).toList());
    java.util.Collections.reverse(actions);
    return actions;
  }

  static String code(HttpResponse<Buffer> response) {
    return response.bodyAsJsonObject().getString("code");
  }

  @Override
  public void close() {
    wide.close();
    registry.close();
    server.close();
  }
}
