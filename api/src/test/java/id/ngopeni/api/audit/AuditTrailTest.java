package id.ngopeni.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditTrailTest {
  @RegisterExtension static final TestServer server = new TestServer("audit_trail");
  private static final String admin = server.adminToken();

  @Test
  void userChangesAreRecordedWithActorAndBeforeAfterButNoSecrets() {
    String id = server.createUser(admin, "audited", "Lumpia-Semarang-Enak", "OPERATOR", List.of());
    // The OPERATOR took effect when a second admin confirmed it (issue 13.8): one more change, by that admin.
    String etag = server.get("/api/v1/users/" + id, admin).getHeader("ETag");
    var patched = server.http.patch("/api/v1/users/" + id).putHeader("Authorization", "Bearer " + admin)
        .putHeader("If-Match", etag).sendJsonObject(new JsonObject().put("role", "AUDITOR").put("password", "Lumpia-Semarang-Baru")).await();
    assertThat(patched.statusCode()).isEqualTo(200);

    var page = server.get("/api/v1/audit?entityType=user&entityId=" + id, admin);
    assertThat(page.statusCode()).isEqualTo(200);
    JsonArray items = page.bodyAsJsonObject().getJsonArray("items");
    assertThat(items).hasSize(3);
    JsonObject updated = items.getJsonObject(0);
    JsonObject created = items.getJsonObject(2);
    assertThat(created.getString("action")).isEqualTo("user.created");
    assertThat(updated.getString("action")).isEqualTo("user.updated");
    assertThat(updated.getLong("seq")).isGreaterThan(created.getLong("seq"));
    String adminId = server.get("/api/v1/me", admin).bodyAsJsonObject().getString("id");
    assertThat(updated.getString("actorId")).isEqualTo(adminId);
    assertThat(updated.getString("actorRole")).isEqualTo("ADMIN");
    assertThat(updated.getJsonObject("before").getString("role")).isEqualTo("OPERATOR");
    assertThat(updated.getJsonObject("after").getString("role")).isEqualTo("AUDITOR");
    assertThat(updated.getJsonObject("after").getBoolean("passwordChanged")).isTrue();
    assertThat(page.bodyAsString()).doesNotContain("Lumpia-Semarang").doesNotContain("argon2");
  }

  @Test
  void theFirstAdminIsRecordedAsCreatedByTheSystem() {
    var page = server.get("/api/v1/audit?entityType=user&limit=500", admin).bodyAsJsonObject();
    assertThat(page.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(e -> e.getJsonObject("after").getBoolean("bootstrap", false))
        .findFirst().orElseThrow().getValue("actorId")).isNull();
  }

  @Test
  void onlyAuditorsAndAdminsReadTheTrail() {
    server.createUser(admin, "curious.operator", "Nasi-Rawon-Hitam-1", "OPERATOR", List.of());
    String operator = server.login("curious.operator", "Nasi-Rawon-Hitam-1").getString("accessToken");
    assertThat(server.get("/api/v1/audit", operator).statusCode()).isEqualTo(403);
    assertThat(server.get("/api/v1/audit/verify", operator).statusCode()).isEqualTo(403);
    server.createUser(admin, "the.auditor", "Nasi-Rawon-Hitam-2", "AUDITOR", List.of());
    String auditor = server.login("the.auditor", "Nasi-Rawon-Hitam-2").getString("accessToken");
    assertThat(server.get("/api/v1/audit", auditor).statusCode()).isEqualTo(200);
  }

  @Test
  void verifyFindsTheFirstEntryEditedBehindTheApplicationsBack() {
    server.createUser(admin, "victim.one", "Sego-Sambel-Mak-Yeye", "AUDITOR", List.of());
    server.createUser(admin, "victim.two", "Sego-Sambel-Mak-Yaya", "AUDITOR", List.of());
    JsonObject before = server.get("/api/v1/audit/verify", admin).bodyAsJsonObject();
    assertThat(before.getBoolean("valid")).isTrue();
    long entries = before.getLong("entries");
    assertThat(entries).isGreaterThanOrEqualTo(3);

    var pool = Pools.create(server.clientVertx, server.database, 1);
    try {
      pool.withTransaction(tx -> tx.query("SET LOCAL session_replication_role = replica").execute()
          .compose(v -> tx.query("UPDATE audit_entry SET after = jsonb_set(after, '{role}', '\"ADMIN\"') WHERE seq = 2").execute()))
          .await();
    } finally {
      pool.close().await();
    }
    JsonObject after = server.get("/api/v1/audit/verify", admin).bodyAsJsonObject();
    assertThat(after.getBoolean("valid")).isFalse();
    assertThat(after.getLong("firstBrokenSeq")).isEqualTo(2L);
    assertThat(after.getLong("entries")).isEqualTo(entries);
  }
}
