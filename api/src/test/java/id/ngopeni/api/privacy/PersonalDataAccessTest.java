package id.ngopeni.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.worker.WorkerFixture;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.privacy.Masks;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, items 2 and 3: identifiers masked by default, revealed per person with a purpose, and
 * every read of personal data in an access log only an auditor lists.
 */
class PersonalDataAccessTest {
  private static WorkerFixture r;
  private static String auditor;
  private static String approver;
  private static String operator;

  @BeforeAll
  static void start() {
    r = new WorkerFixture("pdp-reads");
    auditor = r.token("auditor.pdp", "AUDITOR");
    approver = r.token("approver.pdp", "APPROVER");
    operator = r.token("operator.pdp", "OPERATOR");
  }

  @AfterAll
  static void stop() {
    r.close();
  }

  private static JsonObject newWorker(String name) {
    return WorkerFixture.worker(name, LocalDate.of(1975, 6, 20), "M", WorkerFixture.KLOJEN).put("phone", "081234567890");
  }

  private static JsonArray log(String query) {
    var page = r.get("/api/v1/access-log?" + query, auditor);
    assertThat(page.statusCode()).as(page.bodyAsString()).isEqualTo(200);
    return page.bodyAsJsonObject().getJsonArray("items");
  }

  private static List<JsonObject> rows(String query, String kind) {
    return log(query).stream().map(JsonObject.class::cast).filter(o -> o.getString("kind").equals(kind)).toList();
  }

  private static HttpResponse<Buffer> reveal(String id, String token, String purpose) {
    return r.post("/api/v1/workers/" + id + "/reveal", token, new JsonObject().put("purpose", purpose));
  }

  @Test
  void listsDetailsLookupsAndHeirsShowIdentifiersMasked() {
    JsonObject body = newWorker("Masked Pramono");
    String nik = body.getString("nik");
    String id = r.createdId(body);
    String masked = nik.substring(0, 4) + "••••••••" + nik.substring(12);

    var detail = r.get("/api/v1/workers/" + id, r.admin).bodyAsJsonObject();
    assertThat(detail.getString("nik")).isEqualTo(masked);
    assertThat(detail.getString("phone")).isEqualTo("+6281••••••890");
    var list = r.get("/api/v1/workers?q=Masked%20Pramono", r.admin).bodyAsString();
    assertThat(list).contains(masked).doesNotContain(nik).doesNotContain("+6281234567890");
    var found = r.post("/api/v1/workers/lookup", r.admin, new JsonObject().put("nik", nik));
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.bodyAsJsonObject().getString("nik")).isEqualTo(masked);
    assertThat(found.bodyAsString()).doesNotContain(nik);

    String heirNik = WorkerFixture.nik("35.73.02", LocalDate.of(1978, 2, 3), "F");
    var heirs = r.request(HttpMethod.PUT, "/api/v1/workers/" + id + "/heirs", r.admin,
        new JsonArray().add(new JsonObject().put("fullName", "Sri Pramono").put("nik", heirNik).put("relationship", "SPOUSE")
            .put("birthDate", "1978-02-03")), "\"" + detail.getInteger("version") + "\"");
    assertThat(heirs.statusCode()).as(heirs.bodyAsString()).isEqualTo(200);
    assertThat(heirs.bodyAsString()).doesNotContain(heirNik).contains(Masks.nik(heirNik));
    assertThat(r.get("/api/v1/workers/" + id + "/heirs", r.admin).bodyAsString()).doesNotContain(heirNik);
    // The heirs sent back as shown (masked) keep their NIKs.
    var again = r.request(HttpMethod.PUT, "/api/v1/workers/" + id + "/heirs", r.admin,
        new JsonArray().add(new JsonObject().put("fullName", "Sri Pramono").put("nik", Masks.nik(heirNik))
            .put("relationship", "SPOUSE").put("birthDate", "1978-02-03")), heirs.getHeader("ETag"));
    assertThat(again.statusCode()).as(again.bodyAsString()).isEqualTo(200);
    var revealed = reveal(id, r.admin, "VERIFICATION").bodyAsJsonObject();
    assertThat(revealed.getJsonArray("heirs").getJsonObject(0).getString("nik")).isEqualTo(heirNik);
  }

  @Test
  void aWorkerEditedWithTheMasksSentBackKeepsTheirIdentifiers() {
    JsonObject body = newWorker("Patched Mulyono");
    String id = r.createdId(body);
    var shown = r.get("/api/v1/workers/" + id, r.admin);
    JsonObject patch = new JsonObject().put("nik", shown.bodyAsJsonObject().getString("nik"))
        .put("phone", shown.bodyAsJsonObject().getString("phone")).put("address", "Jl. Baru 1");
    var patched = r.request(HttpMethod.PATCH, "/api/v1/workers/" + id, r.admin, patch, shown.getHeader("ETag"));
    assertThat(patched.statusCode()).as(patched.bodyAsString()).isEqualTo(200);
    assertThat(patched.bodyAsJsonObject().getString("nik")).isEqualTo(body.getString("nik"));
    assertThat(patched.bodyAsJsonObject().getString("phone")).isEqualTo("+6281234567890");
  }

  @Test
  void aRevealAnswersTheFullIdentifiersAndIsRecordedWithItsPurpose() {
    JsonObject body = newWorker("Revealed Santoso");
    String id = r.createdId(body);
    var revealed = reveal(id, operator, "claim_filing");
    assertThat(revealed.statusCode()).as(revealed.bodyAsString()).isEqualTo(200);
    assertThat(revealed.bodyAsJsonObject().getString("nik")).isEqualTo(body.getString("nik"));
    assertThat(revealed.bodyAsJsonObject().getString("phone")).isEqualTo("+6281234567890");
    assertThat(revealed.bodyAsJsonObject().getString("purpose")).isEqualTo("CLAIM_FILING");

    List<JsonObject> reveals = rows("personId=" + id, "REVEAL");
    assertThat(reveals).singleElement().satisfies(row -> {
      assertThat(row.getString("purpose")).isEqualTo("CLAIM_FILING");
      assertThat(row.getString("role")).isEqualTo("OPERATOR");
      assertThat(row.getString("username")).isEqualTo("operator.pdp");
      assertThat(row.getJsonArray("fields").getList()).containsExactlyInAnyOrder("nik", "phone", "heir_nik");
      assertThat(row.getJsonArray("personIds").getList()).containsExactly(id);
      assertThat(row.getString("clientIp")).isNotBlank();
    });
    assertThat(log("personId=" + id).encode()).doesNotContain(body.getString("nik"));
  }

  @Test
  void aRevealIsRefusedToARoleWithoutTheRightAndWithoutAPurpose() {
    String id = r.createdId(newWorker("Refused Wibowo"));
    // An auditor reveals nothing at all; an approver only for a payout.
    assertThat(reveal(id, auditor, "VERIFICATION").statusCode()).isEqualTo(403);
    var byApprover = reveal(id, approver, "VERIFICATION");
    assertThat(byApprover.bodyAsJsonObject().getString("code")).isEqualTo("reveal_not_allowed");
    assertThat(reveal(id, approver, "PAYOUT").statusCode()).isEqualTo(200);
    var none = r.post("/api/v1/workers/" + id + "/reveal", r.admin, new JsonObject());
    assertThat(none.statusCode()).isEqualTo(422);
    assertThat(WorkerFixture.failures(none)).containsExactly("purpose:purpose_required");
    assertThat(WorkerFixture.failures(reveal(id, r.admin, "CURIOSITY"))).containsExactly("purpose:purpose_invalid");
    String officer = r.token("officer.pdp.elsewhere", "FIELD_OFFICER", WorkerFixture.BALEARJOSARI);
    assertThat(reveal(id, officer, "VERIFICATION").statusCode()).isEqualTo(404);
    assertThat(rows("personId=" + id, "REVEAL")).singleElement()
        .satisfies(row -> assertThat(row.getString("purpose")).isEqualTo("PAYOUT"));
  }

  @Test
  void detailsLookupsSearchPagesAndExportsAreRecorded() {
    JsonObject body = newWorker("Recorded Hartono");
    String id = r.createdId(body);
    r.get("/api/v1/workers/" + id, r.admin);
    r.post("/api/v1/workers/lookup", r.admin, new JsonObject().put("nik", body.getString("nik")));
    r.get("/api/v1/workers?q=Recorded%20Hartono", r.admin);
    String export = r.get("/api/v1/workers/export.csv?q=Recorded%20Hartono", r.admin).bodyAsString();
    assertThat(export).contains(Masks.nik(body.getString("nik"))).doesNotContain(body.getString("nik"));

    assertThat(rows("personId=" + id, "DETAIL")).singleElement()
        .satisfies(row -> assertThat(row.getJsonArray("fields").getList()).containsExactlyInAnyOrder("name", "birth_date",
            "address"));
    assertThat(rows("personId=" + id, "LOOKUP")).hasSize(1);
    assertThat(rows("personId=" + id, "SEARCH")).singleElement()
        .satisfies(row -> assertThat(row.getJsonArray("personIds").getList()).contains(id));
    assertThat(rows("personId=" + id, "EXPORT")).singleElement().satisfies(row -> {
      assertThat(row.getString("purpose")).isNull();
      assertThat(row.getJsonObject("detail").getBoolean("full")).isFalse();
    });
  }

  @Test
  void aFullExportNeedsARoleWithTheRightAndAPurposeAndIsRecordedWithIt() {
    JsonObject body = newWorker("Exported Lestari");
    String id = r.createdId(body);
    var full = r.get("/api/v1/workers/export.csv?q=Exported%20Lestari&purpose=BPJS_REGISTRATION", operator);
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(full.bodyAsString()).contains(body.getString("nik") + ",Exported Lestari").contains("+6281234567890");
    var byAuditor = r.get("/api/v1/workers/export.csv?purpose=VERIFICATION", auditor);
    assertThat(byAuditor.statusCode()).isEqualTo(403);
    assertThat(byAuditor.bodyAsJsonObject().getString("code")).isEqualTo("full_export_not_allowed");
    assertThat(rows("personId=" + id, "EXPORT")).singleElement().satisfies(row -> {
      assertThat(row.getString("purpose")).isEqualTo("BPJS_REGISTRATION");
      assertThat(row.getJsonArray("fields").getList()).contains("nik", "phone");
      assertThat(row.getJsonObject("detail").getBoolean("complete")).isTrue();
    });
  }

  @Test
  void anAuditorListsTheLogByPersonByNikByUserAndByPeriodAndNobodyElseDoes() {
    JsonObject body = newWorker("Audited Susanto");
    String id = r.createdId(body);
    String officer = r.token("officer.pdp.klojen", "FIELD_OFFICER", WorkerFixture.KLOJEN);
    r.get("/api/v1/workers/" + id, officer);
    r.get("/api/v1/workers/" + id, r.admin);
    String officerId = r.get("/api/v1/me", officer).bodyAsJsonObject().getString("id");

    assertThat(rows("userId=" + officerId, "DETAIL")).singleElement()
        .satisfies(row -> assertThat(row.getJsonArray("personIds").getList()).containsExactly(id));
    LocalDate today = Jakarta.today(Clock.systemUTC());
    assertThat(rows("userId=" + officerId + "&from=" + today.minusDays(1) + "&to=" + today, "DETAIL")).hasSize(1);
    assertThat(log("userId=" + officerId + "&from=" + today.minusDays(30) + "&to=" + today.minusDays(2))).isEmpty();
    var byNik = r.post("/api/v1/access-log/by-nik", auditor, new JsonObject().put("nik", body.getString("nik")));
    assertThat(byNik.statusCode()).as(byNik.bodyAsString()).isEqualTo(200);
    assertThat(byNik.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("userId")))
        .contains(officerId);
    // Paged: one row at a time, the cursor leads to the next.
    var first = r.get("/api/v1/access-log?personId=" + id + "&limit=1", auditor).bodyAsJsonObject();
    String cursor = first.getString("nextCursor");
    assertThat(cursor).isNotNull();
    var second = r.get("/api/v1/access-log?personId=" + id + "&limit=1&cursor=" + cursor, auditor).bodyAsJsonObject();
    assertThat(second.getJsonArray("items").getJsonObject(0).getLong("id"))
        .isLessThan(first.getJsonArray("items").getJsonObject(0).getLong("id"));

    var backwards = r.get("/api/v1/access-log?from=" + today + "&to=" + today.minusDays(1), auditor);
    assertThat(WorkerFixture.failures(backwards)).containsExactly("to:access_period_invalid");
    assertThat(r.get("/api/v1/access-log?personId=" + id, r.admin).statusCode()).isEqualTo(403);
    assertThat(r.get("/api/v1/access-log?personId=" + id, operator).statusCode()).isEqualTo(403);
    assertThat(r.post("/api/v1/access-log/by-nik", officer, new JsonObject().put("nik", body.getString("nik")))
        .statusCode()).isEqualTo(403);
  }

  /**
   * The unusual-pattern rule over the real log: a clerk who reads about 10 people a day for three
   * weeks and then 80 in one day is flagged on that day; a colleague's steady 60 a day is not.
   */
  @Test
  void aUserReadingFarMorePeopleThanUsualIsListed() {
    UUID clerk = userId(r.token("clerk.pdp.burst", "OPERATOR"));
    UUID steady = userId(r.token("clerk.pdp.steady", "OPERATOR"));
    LocalDate today = Jakarta.today(Clock.systemUTC());
    for (int d = 21; d >= 1; d--) {
      readPeople(clerk, today.minusDays(d), 10);
      readPeople(steady, today.minusDays(d), 60);
    }
    readPeople(clerk, today, 80);
    readPeople(steady, today, 60);

    var unusual = r.get("/api/v1/access-log/unusual?from=" + today + "&to=" + today, auditor);
    assertThat(unusual.statusCode()).as(unusual.bodyAsString()).isEqualTo(200);
    JsonObject answer = unusual.bodyAsJsonObject();
    assertThat(answer.getJsonObject("rule").getInteger("factor")).isEqualTo(3);
    List<JsonObject> flagged = answer.getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    assertThat(flagged).extracting(o -> o.getString("username")).contains("clerk.pdp.burst")
        .doesNotContain("clerk.pdp.steady");
    JsonObject burst = flagged.stream().filter(o -> o.getString("username").equals("clerk.pdp.burst")).findFirst().orElseThrow();
    assertThat(burst.getInteger("people")).isEqualTo(80);
    assertThat(burst.getDouble("usual")).isEqualTo(10.0);
    assertThat(burst.getString("day")).isEqualTo(today.toString());
    assertThat(r.get("/api/v1/access-log/unusual", r.admin).statusCode()).isEqualTo(403);
  }

  private static UUID userId(String token) {
    return UUID.fromString(r.get("/api/v1/me", token).bodyAsJsonObject().getString("id"));
  }

  /** One search page of {@code people} distinct (made-up) people, at noon in Jakarta on {@code day}. */
  private static void readPeople(UUID user, LocalDate day, int people) {
    UUID[] ids = new UUID[people];
    for (int i = 0; i < people; i++) {
      ids[i] = UUID.randomUUID();
    }
    r.db.preparedQuery("""
            INSERT INTO personal_data_access (at, user_id, role, kind, person_ids, fields, client_ip)
            VALUES ($1, $2, 'OPERATOR', 'SEARCH', $3, ARRAY['name'], '127.0.0.1')""")
        .execute(io.vertx.sqlclient.Tuple.of(day.atTime(12, 0).atZone(Jakarta.ZONE).toOffsetDateTime(), user, ids)).await();
  }
}
