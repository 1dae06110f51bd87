package id.ngopeni.api.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Earmarked funds over real HTTP and PostgreSQL: DBHCHT ships earmarked by PMK 72/2024 (tobacco
 * workers first, then the other categories); an ADMIN narrows it, bad earmarks are refused by
 * field with nothing changed, an enrolment outside the earmark is refused while APBD takes the
 * same worker, and clearing the earmark lets any category in again.
 */
class EarmarkTest {
  static final String PASSWORD = "Bakso-Kota-Malang-Earmark-7";

  static MoneyFixture f;

  @BeforeAll
  static void start() {
    f = new MoneyFixture("earmark");
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void dbhchtPaysOnlyForTheCategoriesOfItsEarmark() {
    f.server.createUser(f.admin, "operator", PASSWORD, "OPERATOR", List.of());
    String operator = f.server.login("operator", PASSWORD).getString("accessToken");

    JsonObject shipped = earmark(operator, "DBHCHT");
    assertThat(shipped.getBoolean("earmarked")).isTrue();
    assertThat(shipped.getString("basis")).startsWith("PMK 72/2024");
    assertThat(priorities(shipped)).startsWith("BURUH_PABRIK_ROKOK:1", "BURUH_TANI_TEMBAKAU:1").contains("MARBOT:2", "GURU_NGAJI:2");
    assertThat(earmark(operator, "APBD").getBoolean("earmarked")).isFalse();

    JsonObject narrow = body("PMK 72/2024", "BURUH_TANI_TEMBAKAU", 1, "BURUH_PABRIK_ROKOK", 1, "MARBOT", 2);
    assertThat(put(operator, "DBHCHT", narrow).statusCode()).isEqualTo(403);
    var bad = put(f.admin, "DBHCHT", body(null, "PILOT", 1, "MARBOT", 0, "MARBOT", 2));
    assertThat(errors(bad)).containsExactly("categories[0].category:earmark_category_unknown",
        "categories[1].priority:earmark_priority_invalid", "categories[2].category:earmark_category_repeated",
        "basis:required");
    assertThat(earmark(operator, "DBHCHT")).isEqualTo(shipped);
    assertThat(put(f.admin, "NOPE", narrow).statusCode()).isEqualTo(404);

    var set = put(f.admin, "DBHCHT", narrow);
    assertThat(set.statusCode()).as(set.bodyAsString()).isEqualTo(200);
    assertThat(priorities(set.bodyAsJsonObject()))
        .containsExactly("BURUH_PABRIK_ROKOK:1", "BURUH_TANI_TEMBAKAU:1", "MARBOT:2");
    assertThat(earmark(operator, "DBHCHT")).isEqualTo(set.bodyAsJsonObject());
    String audited = f.db.preparedQuery("SELECT after::text FROM audit_entry WHERE action = 'earmark.set'")
        .execute().await().iterator().next().getString(0);
    assertThat(audited).contains("MARBOT").doesNotContain("GURU_NGAJI");

    int year = MoneyFixture.today().getYear();
    f.budget(year, "DBHCHT", 1_000_000_000L);
    f.budget(year, "APBD", 1_000_000_000L);
    UUID teacher = workerOf("GURU_NGAJI");
    UUID factory = workerOf("BURUH_PABRIK_ROKOK");
    var refused = f.enrol(operator, teacher, enrolment("DBHCHT"));
    assertThat(errors(refused)).containsExactly("fundingSource:category_not_earmarked");
    assertThat(memberships(teacher)).isZero();
    var accepted = f.enrol(operator, factory, enrolment("DBHCHT"));
    assertThat(accepted.statusCode()).as(accepted.bodyAsString()).isEqualTo(201);
    var apbd = f.enrol(operator, teacher, enrolment("APBD"));
    assertThat(apbd.statusCode()).as(apbd.bodyAsString()).isEqualTo(201);

    var cleared = put(f.admin, "DBHCHT", new JsonObject().put("categories", new JsonArray()));
    assertThat(cleared.statusCode()).as(cleared.bodyAsString()).isEqualTo(200);
    assertThat(cleared.bodyAsJsonObject().getBoolean("earmarked")).isFalse();
    UUID another = workerOf("GURU_NGAJI");
    assertThat(f.enrol(operator, another, enrolment("DBHCHT")).statusCode()).isEqualTo(201);
  }

  private static JsonObject enrolment(String source) {
    return MoneyFixture.enrolment(source, 1_000_000, MoneyFixture.today(), "JKK", "JKM");
  }

  private static UUID workerOf(String category) {
    UUID id = f.workers(1).get(0).id();
    f.db.preparedQuery("UPDATE worker SET category = $2 WHERE id = $1").execute(Tuple.of(id, category)).await();
    return id;
  }

  private static long memberships(UUID worker) {
    return f.db.preparedQuery("SELECT count(*) FROM membership WHERE worker_id = $1").execute(Tuple.of(worker)).await()
        .iterator().next().getLong(0);
  }

  private static JsonObject body(String basis, Object... categoryPriority) {
    JsonArray categories = new JsonArray();
    for (int i = 0; i < categoryPriority.length; i += 2) {
      categories.add(new JsonObject().put("category", categoryPriority[i]).put("priority", categoryPriority[i + 1]));
    }
    return new JsonObject().put("basis", basis).put("categories", categories);
  }

  private static HttpResponse<Buffer> put(String token, String source, JsonObject body) {
    return f.server.send(HttpMethod.PUT, "/api/v1/earmarks/" + source, token, body);
  }

  private static JsonObject earmark(String token, String source) {
    var r = f.server.get("/api/v1/earmarks", token);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("fundingSource").equals(source)).findFirst().orElseThrow();
  }

  private static List<String> priorities(JsonObject earmark) {
    return earmark.getJsonArray("categories").stream().map(JsonObject.class::cast)
        .map(c -> c.getString("category") + ":" + c.getInteger("priority")).toList();
  }

  private static List<String> errors(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(422);
    return r.bodyAsJsonObject().getJsonArray("errors").stream().map(JsonObject.class::cast)
        .map(e -> e.getString("field") + ":" + e.getString("code")).toList();
  }
}
