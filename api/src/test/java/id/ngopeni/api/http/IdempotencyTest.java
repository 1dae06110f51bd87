package id.ngopeni.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyTest {
  @RegisterExtension static final TestServer server = new TestServer("idempotency");
  private static final String admin = server.adminToken();

  private static Future<HttpResponse<Buffer>> createUser(String token, String key, String username) {
    return server.postWithKey("/api/v1/users", token, key,
        new JsonObject().put("username", username).put("password", "Bakpao-Telo-Malang-1").put("role", "AUDITOR"));
  }

  private static long usersNamed(String username) {
    return server.get("/api/v1/users?limit=500", admin).bodyAsJsonObject().getJsonArray("items").stream()
        .filter(u -> ((JsonObject) u).getString("username").equals(username)).count();
  }

  @Test
  void aRetryReplaysTheFirstResponseAndCreatesNothingNew() {
    String key = UUID.randomUUID().toString();
    var first = createUser(admin, key, "retry.once").await();
    var second = createUser(admin, key, "retry.once").await();
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.getHeader("Idempotent-Replayed")).isNull();
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.bodyAsJsonObject()).isEqualTo(first.bodyAsJsonObject());
    assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
    assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
    assertThat(usersNamed("retry.once")).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    String key = UUID.randomUUID().toString();
    assertThat(createUser(admin, key, "first.body").await().statusCode()).isEqualTo(201);
    var reused = createUser(admin, key, "second.body").await();
    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.bodyAsJsonObject().getString("code")).isEqualTo("idempotency_key_reused");
    // Still in errors[0] too, for clients that looked there.
    assertThat(reused.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("idempotency_key_reused");
    assertThat(usersNamed("second.body")).isZero();
  }

  @Test
  void aRetryWhoseJsonDiffersOnlyInMemberOrderAndWhitespaceIsReplayed() {
    String key = UUID.randomUUID().toString();
    String first = "{\"username\":\"canonical.retry\",\"password\":\"Bakpao-Telo-Malang-1\",\"role\":\"AUDITOR\"}";
    String retry = "{\n  \"role\" : \"AUDITOR\",\n  \"password\": \"Bakpao-Telo-Malang-1\",\t\"username\": \"canonical\\u002eretry\"\n}\n";
    var created = rawPost(key, first);
    var replayed = rawPost(key, retry);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    assertThat(replayed.statusCode()).as(replayed.bodyAsString()).isEqualTo(201);
    assertThat(replayed.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replayed.bodyAsJsonObject()).isEqualTo(created.bodyAsJsonObject());
    assertThat(usersNamed("canonical.retry")).isEqualTo(1);
    // A value that differs is another request, however it is spelled.
    var other = rawPost(key, retry.replace("AUDITOR", "OPERATOR"));
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.bodyAsJsonObject().getString("code")).isEqualTo("idempotency_key_reused");
  }

  @Test
  void aRequestWhileTheFirstWithItsKeyRunsIsToldWhenToRetry() {
    String key = UUID.randomUUID().toString();
    String userId = server.get("/api/v1/me", admin).bodyAsJsonObject().getString("id");
    Tuple lock = Tuple.of(0x1d3e_0001, userId + ":" + key);
    Pool db = Pools.create(server.clientVertx, server.database, 1);
    try {
      // The key's lock, held as by a first request that is still running.
      HttpResponse<Buffer> answer = db.withConnection(conn -> conn.preparedQuery("SELECT pg_advisory_lock($1, hashtext($2))")
              .execute(lock)
              .compose(held -> createUser(admin, key, "in.progress"))
              .compose(seen -> conn.preparedQuery("SELECT pg_advisory_unlock($1, hashtext($2))").execute(lock).map(seen)))
          .await();
      assertThat(answer.statusCode()).isEqualTo(409);
      assertThat(answer.bodyAsJsonObject().getString("code")).isEqualTo("idempotency_in_progress");
      assertThat(answer.getHeader("Retry-After")).isEqualTo("1");
      assertThat(usersNamed("in.progress")).isZero();
    } finally {
      db.close().await();
    }
    assertThat(createUser(admin, key, "in.progress").await().statusCode()).isEqualTo(201);
  }

  private static HttpResponse<Buffer> rawPost(String key, String json) {
    return server.http.post("/api/v1/users").putHeader("Authorization", "Bearer " + admin).putHeader("Idempotency-Key", key)
        .putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(json)).await();
  }

  @Test
  void concurrentRequestsWithOneKeyCreateExactlyOnce() {
    String key = UUID.randomUUID().toString();
    List<Future<HttpResponse<Buffer>>> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.add(createUser(admin, key, "racing.user"));
    }
    Future.join(all).await();
    long created = all.stream().filter(f -> f.result().statusCode() == 201 && f.result().getHeader("Idempotent-Replayed") == null).count();
    assertThat(created).isEqualTo(1);
    assertThat(all).allSatisfy(f -> assertThat(f.result().statusCode()).isIn(201, 409));
    assertThat(usersNamed("racing.user")).isEqualTo(1);
  }

  @Test
  void keysBelongToTheirUser() {
    server.createUser(admin, "second.admin", "Bakso-Presiden-Enak", "ADMIN", List.of());
    String other = server.login("second.admin", "Bakso-Presiden-Enak").getString("accessToken");
    String key = UUID.randomUUID().toString();
    assertThat(createUser(admin, key, "mine.only").await().statusCode()).isEqualTo(201);
    var theirs = createUser(other, key, "theirs.only").await();
    assertThat(theirs.statusCode()).isEqualTo(201);
    assertThat(theirs.getHeader("Idempotent-Replayed")).isNull();
  }

  @Test
  void clientErrorsAreReplayedToo() {
    String key = UUID.randomUUID().toString();
    var body = new JsonObject().put("username", "x").put("password", "short").put("role", "AUDITOR");
    var first = server.postWithKey("/api/v1/users", admin, key, body).await();
    var again = server.postWithKey("/api/v1/users", admin, key, body).await();
    assertThat(first.statusCode()).isEqualTo(422);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(again.bodyAsJsonObject()).isEqualTo(first.bodyAsJsonObject());
  }

  @Test
  void malformedKeysAreRefused() {
    assertThat(createUser(admin, "x".repeat(256), "long.key").await().statusCode()).isEqualTo(422);
    assertThat(createUser(admin, "has space", "space.key").await().statusCode()).isEqualTo(422);
    assertThat(usersNamed("long.key") + usersNamed("space.key")).isZero();
  }

  @Test
  void requestsWithoutAKeyAreNotAffected() {
    var a = server.post("/api/v1/users", admin, new JsonObject().put("username", "nokey").put("password", "Bakpao-Telo-Malang-1").put("role", "AUDITOR"));
    var b = server.post("/api/v1/users", admin, new JsonObject().put("username", "nokey").put("password", "Bakpao-Telo-Malang-1").put("role", "AUDITOR"));
    assertThat(a.statusCode()).isEqualTo(201);
    assertThat(b.statusCode()).isEqualTo(409);
  }
}
