package id.ngopeni.api.user;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.8: granting OPERATOR, APPROVER or ADMIN takes effect only when a second ADMIN confirms
 * it (an admin alone could otherwise make a maker and a checker and play both); the first admin
 * makes the second admin alone; every grant is visible to the AUDITOR. Each test failed on the
 * code before the change (the user was active with the role at once, and /role-grants did not exist).
 */
class RoleGrantTest {
  private static final String PASSWORD = "Rujak-Cingur-Surabaya-9";
  private TestServer server;
  private String admin;

  @BeforeEach
  void start() {
    server = new TestServer("role_grants");
    admin = server.adminToken();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<Buffer> create(String token, String username, String role) {
    return server.post("/api/v1/users", token, new JsonObject().put("username", username).put("password", PASSWORD).put("role", role));
  }

  private HttpResponse<Buffer> patch(String token, String id, JsonObject body) {
    String etag = server.get("/api/v1/users/" + id, token).getHeader("ETag");
    return server.http.patch("/api/v1/users/" + id).putHeader("Authorization", "Bearer " + token).putHeader("If-Match", etag)
        .sendJsonObject(body).await();
  }

  private HttpResponse<Buffer> login(String username) {
    return server.post("/api/v1/auth/login", null, new JsonObject().put("username", username).put("password", PASSWORD));
  }

  private String secondAdmin() {
    var made = create(admin, "dua.admin", "ADMIN");
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    return login("dua.admin").bodyAsJsonObject().getString("accessToken");
  }

  private static String code(HttpResponse<Buffer> response) {
    return response.bodyAsJsonObject().getString("code");
  }

  @Test
  void theFirstAdminMakesTheSecondAdminAloneButNotAThird() {
    var second = create(admin, "dua.admin", "ADMIN");
    assertThat(second.statusCode()).as(second.bodyAsString()).isEqualTo(201);
    assertThat(second.bodyAsJsonObject().getBoolean("active")).isTrue();
    assertThat(second.bodyAsJsonObject().getJsonObject("roleGrant").getString("status")).isEqualTo("CONFIRMED");
    assertThat(login("dua.admin").statusCode()).isEqualTo(200);

    var third = create(admin, "tiga.admin", "ADMIN");
    assertThat(third.statusCode()).isEqualTo(201);
    assertThat(third.bodyAsJsonObject().getBoolean("active")).isFalse();
    assertThat(third.bodyAsJsonObject().getJsonObject("roleGrant").getString("status")).isEqualTo("PENDING");
    assertThat(login("tiga.admin").statusCode()).isEqualTo(401);
  }

  @Test
  void anAdminAloneCannotMakeAnApproverEffectiveTheSecondAdminsConfirmationDoes() {
    String second = secondAdmin();
    var made = create(admin, "andi.penyetuju", "APPROVER");
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    JsonObject user = made.bodyAsJsonObject();
    String userId = user.getString("id");
    String grant = user.getJsonObject("roleGrant").getString("id");
    assertThat(user.getBoolean("active")).isFalse();
    assertThat(user.getJsonObject("roleGrant").getString("status")).isEqualTo("PENDING");
    assertThat(login("andi.penyetuju").statusCode()).isEqualTo(401);

    // The asking admin can neither confirm it nor switch the account on.
    var self = server.post("/api/v1/role-grants/" + grant + "/confirm", admin, null);
    assertThat(self.statusCode()).isEqualTo(403);
    assertThat(code(self)).isEqualTo("role_grant_self_confirmation");
    var activated = patch(admin, userId, new JsonObject().put("active", true));
    assertThat(activated.statusCode()).isEqualTo(409);
    assertThat(code(activated)).isEqualTo("role_grant_required");
    var anotherRole = patch(admin, userId, new JsonObject().put("role", "OPERATOR").put("active", true));
    assertThat(code(anotherRole)).isEqualTo("role_grant_pending");
    assertThat(login("andi.penyetuju").statusCode()).isEqualTo(401);

    var confirmed = server.post("/api/v1/role-grants/" + grant + "/confirm", second, null);
    assertThat(confirmed.statusCode()).as(confirmed.bodyAsString()).isEqualTo(200);
    assertThat(confirmed.bodyAsJsonObject().getString("status")).isEqualTo("CONFIRMED");
    var session = login("andi.penyetuju");
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(session.bodyAsJsonObject().getJsonObject("user").getString("role")).isEqualTo("APPROVER");
    assertThat(code(server.post("/api/v1/role-grants/" + grant + "/refuse", second, null))).isEqualTo("role_grant_decided");
  }

  @Test
  void aRoleChangeWaitsForTheSecondAdminAndARefusalLeavesTheRoleAsItWas() {
    String second = secondAdmin();
    String id = server.createUser(admin, "budi.auditor", PASSWORD, "AUDITOR", List.of());
    var changed = patch(admin, id, new JsonObject().put("role", "OPERATOR"));
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    assertThat(changed.bodyAsJsonObject().getString("role")).isEqualTo("AUDITOR");
    String grant = changed.bodyAsJsonObject().getJsonObject("roleGrant").getString("id");
    assertThat(login("budi.auditor").bodyAsJsonObject().getJsonObject("user").getString("role")).isEqualTo("AUDITOR");

    // The user the grant is for cannot confirm it either (were they an admin).
    var refused = server.post("/api/v1/role-grants/" + grant + "/refuse", second, null);
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(200);
    assertThat(refused.bodyAsJsonObject().getString("status")).isEqualTo("REFUSED");
    assertThat(server.get("/api/v1/users/" + id, admin).bodyAsJsonObject().getString("role")).isEqualTo("AUDITOR");

    // Asked again and confirmed by the second admin: now the role is applied.
    String again = patch(admin, id, new JsonObject().put("role", "OPERATOR")).bodyAsJsonObject().getJsonObject("roleGrant").getString("id");
    assertThat(server.post("/api/v1/role-grants/" + again + "/confirm", second, null).statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/users/" + id, admin).bodyAsJsonObject().getString("role")).isEqualTo("OPERATOR");
  }

  @Test
  void everyGrantAskedConfirmedOrRefusedIsVisibleToTheAuditor() {
    String second = secondAdmin();
    server.createUser(admin, "citra.audit", PASSWORD, "AUDITOR", List.of());
    String auditor = login("citra.audit").bodyAsJsonObject().getString("accessToken");
    String confirmedGrant = create(admin, "dedi.operator", "OPERATOR").bodyAsJsonObject().getJsonObject("roleGrant").getString("id");
    String refusedGrant = create(admin, "eka.penyetuju", "APPROVER").bodyAsJsonObject().getJsonObject("roleGrant").getString("id");
    assertThat(server.post("/api/v1/role-grants/" + confirmedGrant + "/confirm", second, null).statusCode()).isEqualTo(200);
    assertThat(server.post("/api/v1/role-grants/" + refusedGrant + "/refuse", second, null).statusCode()).isEqualTo(200);

    var listed = server.get("/api/v1/role-grants", auditor);
    assertThat(listed.statusCode()).as(listed.bodyAsString()).isEqualTo(200);
    assertThat(listed.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("username")
        + ":" + ((JsonObject) o).getString("status")).toList())
        .contains("dedi.operator:CONFIRMED", "eka.penyetuju:REFUSED", "dua.admin:CONFIRMED");
    assertThat(server.get("/api/v1/role-grants?status=PENDING", auditor).bodyAsJsonObject().getJsonArray("items")).isEmpty();
    // The auditor cannot decide.
    assertThat(server.post("/api/v1/role-grants/" + refusedGrant + "/confirm", auditor, null).statusCode()).isEqualTo(403);

    var trail = server.get("/api/v1/audit?entityType=role_grant&limit=100", auditor);
    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("action")
        + ":" + ((JsonObject) o).getString("entityId")).toList())
        .contains("role_grant.asked:" + confirmedGrant, "role_grant.confirmed:" + confirmedGrant,
            "role_grant.asked:" + refusedGrant, "role_grant.refused:" + refusedGrant);
  }
}
