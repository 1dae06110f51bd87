package id.ngopeni.api.user;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserAdminTest {
  @RegisterExtension static final TestServer server = new TestServer("users");
  private static final String admin = server.adminToken();

  private static Set<String> failingFields(HttpResponse<Buffer> r) {
    Set<String> fields = new HashSet<>();
    r.bodyAsJsonObject().getJsonArray("errors").forEach(e -> fields.add(((JsonObject) e).getString("field") + ":" + ((JsonObject) e).getString("code")));
    return fields;
  }

  private HttpResponse<Buffer> patch(String id, String ifMatch, JsonObject body, String token) {
    var request = server.http.patch("/api/v1/users/" + id).putHeader("Authorization", "Bearer " + token);
    if (ifMatch != null) {
      request.putHeader("If-Match", ifMatch);
    }
    return request.sendJsonObject(body).await();
  }

  @Test
  void createsEveryRoleAndTheUserCanLogIn() {
    for (String role : List.of("OPERATOR", "APPROVER", "AUDITOR", "ADMIN")) {
      String name = "user." + role.toLowerCase();
      server.createUser(admin, name, "Soto-Lamongan-" + role, role, List.of());
      assertThat(server.login(name, "Soto-Lamongan-" + role).getJsonObject("user").getString("role")).isEqualTo(role);
    }
    var created = server.post("/api/v1/users", admin, new JsonObject().put("username", "Petugas.Klojen")
        .put("password", "Cwie-Mie-Malang-88").put("role", "FIELD_OFFICER")
        .put("kelurahanCodes", new JsonArray().add("35.73.02.1001").add("35.73.02.1002")));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.getHeader("ETag")).isEqualTo("\"1\"");
    assertThat(created.getHeader("Location")).isEqualTo("/api/v1/users/" + created.bodyAsJsonObject().getString("id"));
    JsonObject user = created.bodyAsJsonObject();
    assertThat(user.getString("username")).isEqualTo("petugas.klojen");
    assertThat(user.getJsonArray("kelurahanCodes")).containsExactly("35.73.02.1001", "35.73.02.1002");
    JsonObject session = server.login("petugas.klojen", "Cwie-Mie-Malang-88");
    assertThat(session.getJsonObject("user").getJsonArray("kelurahanCodes")).hasSize(2);
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    var r = server.post("/api/v1/users", admin, new JsonObject().put("username", "x").put("password", "short")
        .put("role", "FIELD_OFFICER").put("kelurahanCodes", new JsonArray().add("35.73").add(7)).put("createdBy", "me"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(failingFields(r)).containsExactlyInAnyOrder(
        "username:username_invalid", "password:password_too_short", "kelurahanCodes[0]:kelurahan_invalid",
        "kelurahanCodes[1]:type_mismatch", "createdBy:unknown_field");
  }

  @Test
  void passwordRules() {
    JsonObject base = new JsonObject().put("role", "OPERATOR");
    assertThat(failingFields(server.post("/api/v1/users", admin, base.copy().put("username", "rule.one").put("password", "qwertyuiop123"))))
        .containsExactly("password:password_too_common");
    assertThat(failingFields(server.post("/api/v1/users", admin, base.copy().put("username", "rule.two").put("password", "my-rule.two-password"))))
        .containsExactly("password:password_contains_username");
    assertThat(failingFields(server.post("/api/v1/users", admin, base.copy().put("username", "rule.three").put("password", "x".repeat(129)))))
        .containsExactly("password:password_too_long");
    assertThat(server.post("/api/v1/users", admin, base.copy().put("username", "rule.four").put("password", "x".repeat(128))).statusCode())
        .isEqualTo(201);
  }

  @Test
  void scopeMustMatchTheRole() {
    assertThat(failingFields(server.post("/api/v1/users", admin, new JsonObject().put("username", "fo.noscope")
        .put("password", "Nasi-Pecel-Blitar-1").put("role", "FIELD_OFFICER"))))
        .containsExactly("kelurahanCodes:kelurahan_required");
    assertThat(failingFields(server.post("/api/v1/users", admin, new JsonObject().put("username", "op.scoped")
        .put("password", "Nasi-Pecel-Blitar-1").put("role", "OPERATOR").put("kelurahanCodes", new JsonArray().add("35.73.02.1001")))))
        .containsExactly("kelurahanCodes:kelurahan_not_allowed");
    assertThat(failingFields(server.post("/api/v1/users", admin, new JsonObject().put("username", "no.role")
        .put("password", "Nasi-Pecel-Blitar-1").put("role", "KING"))))
        .containsExactly("role:value_unknown");
  }

  @Test
  void duplicateUsernameIsAConflict() {
    server.createUser(admin, "dupe", "Lontong-Balap-Sby-1", "AUDITOR", List.of());
    var again = server.post("/api/v1/users", admin, new JsonObject().put("username", "DUPE")
        .put("password", "Lontong-Balap-Sby-2").put("role", "AUDITOR"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.bodyAsJsonObject().getString("code")).isEqualTo("username_taken");
  }

  @Test
  void onlyAdminsManageUsers() {
    for (String role : List.of("OPERATOR", "APPROVER", "AUDITOR")) {
      String name = "nonadmin." + role.toLowerCase();
      server.createUser(admin, name, "Gudeg-Jogja-Manis-" + role, role, List.of());
      String token = server.login(name, "Gudeg-Jogja-Manis-" + role).getString("accessToken");
      assertThat(server.get("/api/v1/users", token).statusCode()).isEqualTo(403);
      var create = server.post("/api/v1/users", token, new JsonObject().put("username", "sneaky." + role.toLowerCase())
          .put("password", "Gudeg-Jogja-Sneaky-1").put("role", "ADMIN"));
      assertThat(create.statusCode()).isEqualTo(403);
      assertThat(create.bodyAsJsonObject().getString("code")).isEqualTo("role_forbidden");
      assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void listIsPaginatedWithACursor() {
    for (int i = 0; i < 5; i++) {
      server.createUser(admin, "page.user" + i, "Rujak-Cingur-Enak-" + i, "AUDITOR", List.of());
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      var r = server.get("/api/v1/users?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin);
      assertThat(r.statusCode()).isEqualTo(200);
      JsonObject page = r.bodyAsJsonObject();
      assertThat(page.getJsonArray("items").size()).isLessThanOrEqualTo(2);
      page.getJsonArray("items").forEach(u -> assertThat(seen.add(((JsonObject) u).getString("id"))).isTrue());
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 100);
    var all = server.get("/api/v1/users?limit=500", admin).bodyAsJsonObject();
    assertThat(seen).hasSize(all.getJsonArray("items").size());
    assertThat(all.getValue("nextCursor")).isNull();
    assertThat(server.get("/api/v1/users?limit=0", admin).statusCode()).isEqualTo(422);
    assertThat(server.get("/api/v1/users?limit=501", admin).statusCode()).isEqualTo(422);
    assertThat(server.get("/api/v1/users?cursor=%%%", admin).statusCode()).isIn(400, 422);
  }

  @Test
  void patchNeedsTheCurrentVersion() {
    String id = server.createUser(admin, "versioned", "Tempe-Mendoan-Btg-1", "OPERATOR", List.of());
    var missing = patch(id, null, new JsonObject().put("role", "AUDITOR"), admin);
    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(missing.bodyAsJsonObject().getString("code")).isEqualTo("if_match_required");

    // The OPERATOR's confirmation by a second admin (issue 13.8) was a change too: start from the version now.
    String v1 = server.get("/api/v1/users/" + id, admin).getHeader("ETag");
    String v2 = "\"" + (Integer.parseInt(v1.replace("\"", "")) + 1) + "\"";
    var first = patch(id, v1, new JsonObject().put("role", "AUDITOR"), admin);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.getHeader("ETag")).isEqualTo(v2);
    assertThat(first.bodyAsJsonObject().getString("role")).isEqualTo("AUDITOR");

    var stale = patch(id, v1, new JsonObject().put("role", "APPROVER"), admin);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.bodyAsJsonObject().getString("code")).isEqualTo("version_conflict");
    assertThat(server.get("/api/v1/users/" + id, admin).bodyAsJsonObject().getString("role")).isEqualTo("AUDITOR");

    var readOnly = patch(id, v2, new JsonObject().put("username", "renamed").put("version", 99), admin);
    assertThat(readOnly.statusCode()).isEqualTo(422);
    assertThat(failingFields(readOnly)).containsExactlyInAnyOrder("username:unknown_field", "version:unknown_field");
  }

  @Test
  void passwordChangeTakesEffectAndRevokesSessions() {
    String id = server.createUser(admin, "changer", "Es-Dawet-Ayu-Banjar", "OPERATOR", List.of());
    String refresh = server.login("changer", "Es-Dawet-Ayu-Banjar").getString("refreshToken");
    String etag = server.get("/api/v1/users/" + id, admin).getHeader("ETag");
    assertThat(patch(id, etag, new JsonObject().put("password", "Klepon-Hijau-Manis-2"), admin).statusCode()).isEqualTo(200);
    assertThat(server.refresh(refresh).statusCode()).isEqualTo(401);
    assertThat(server.post("/api/v1/auth/login", null, new JsonObject().put("username", "changer").put("password", "Es-Dawet-Ayu-Banjar")).statusCode()).isEqualTo(401);
    server.login("changer", "Klepon-Hijau-Manis-2");
  }

  @Test
  void anAdminCannotDisableOrDemoteThemself() {
    var me = server.get("/api/v1/me", admin);
    String id = me.bodyAsJsonObject().getString("id");
    var r = patch(id, me.getHeader("ETag"), new JsonObject().put("active", false), admin);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("cannot_demote_self");
  }

  @Test
  void unknownUsersAre404() {
    assertThat(server.get("/api/v1/users/" + java.util.UUID.randomUUID(), admin).statusCode()).isEqualTo(404);
    assertThat(server.get("/api/v1/users/not-a-uuid", admin).statusCode()).isEqualTo(404);
  }
}
