package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

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
final class ClaimsApi implements AutoCloseable {
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

  HttpResponse<Buffer> createPayout(String token, String claimId, UUID heirId, Long amount) {
    JsonObject body = new JsonObject().put("heirId", heirId.toString()).put("bankCode", "002")
        .put("accountNumber", "0123-01-000123-30-5").put("accountName", "Siti Aminah");
    if (amount != null) {
      body.put("amount", amount);
    }
    return post("/api/v1/claims/" + claimId + "/payouts", token, body);
  }

  String pendingPayout(String claimId, UUID heirId, Long amount) {
    var created = createPayout(operator, claimId, heirId, amount);
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
