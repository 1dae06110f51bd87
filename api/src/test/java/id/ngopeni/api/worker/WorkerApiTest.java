package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkerApiTest {
  private static WorkerFixture r;

  @BeforeAll
  static void start() {
    r = new WorkerFixture("workers");
  }

  @AfterAll
  static void stop() {
    r.close();
  }

  @Test
  void createReturnsTheWorkerWithVersionCoverageAndWarnings() {
    JsonObject body = WorkerFixture.worker("Siti Rahayu", LocalDate.of(1980, 3, 14), "F", WorkerFixture.KLOJEN)
        .put("phone", "0812-3456-7890").put("address", "Jl. Kawi 12");
    var response = r.create(r.admin, body);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    JsonObject w = response.bodyAsJsonObject();
    assertThat(response.getHeader("ETag")).isEqualTo("\"1\"");
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/workers/" + w.getString("id"));
    assertThat(w.getString("nik")).isEqualTo(body.getString("nik"));
    assertThat(w.getString("fullName")).isEqualTo("Siti Rahayu");
    assertThat(w.getString("kecamatanCode")).isEqualTo("35.73.02");
    assertThat(w.getString("phone")).isEqualTo("+6281234567890");
    assertThat(w.getInteger("version")).isEqualTo(1);
    assertThat(w.getJsonObject("coverage").getString("status")).isEqualTo("NONE");
    assertThat(w.getJsonArray("warnings")).isEmpty();

    var got = r.get("/api/v1/workers/" + w.getString("id"), r.admin);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.getHeader("ETag")).isEqualTo("\"1\"");
    assertThat(got.bodyAsJsonObject().getString("address")).isEqualTo("Jl. Kawi 12");
  }

  @Test
  void aNikIssuedInAnotherCityIsAWarningNotAnError() {
    LocalDate born = LocalDate.of(1975, 6, 2);
    JsonObject body = WorkerFixture.worker("Bambang Sutrisno", born, "M", WorkerFixture.KLOJEN).put("nik", WorkerFixture.nik("35.07.01", born, "M"));
    JsonObject w = r.created(r.admin, body);
    assertThat(w.getJsonArray("warnings").getJsonObject(0).getString("code")).isEqualTo("nik_issued_elsewhere");
  }

  @Test
  void warningsAreInTheCallersLanguageWithTheSameCode() {
    LocalDate born = LocalDate.of(1977, 8, 17);
    JsonObject body = WorkerFixture.worker("Slamet Widodo", born, "M", WorkerFixture.KLOJEN).put("nik", WorkerFixture.nik("35.07.01", born, "M"));
    var indonesian = r.create(r.admin, body);
    assertThat(indonesian.statusCode()).as(indonesian.bodyAsString()).isEqualTo(201);
    JsonObject warning = indonesian.bodyAsJsonObject().getJsonArray("warnings").getJsonObject(0);
    assertThat(warning.getString("code")).isEqualTo("nik_issued_elsewhere");
    assertThat(warning.getString("message")).isEqualTo("NIK diterbitkan di kabupaten/kota lain dari kelurahan pekerja.");
    assertThat(indonesian.getHeader("Content-Language")).isEqualTo("id");

    String id = indonesian.bodyAsJsonObject().getString("id");
    var english = r.server.http.patch("/api/v1/workers/" + id).putHeader("Authorization", "Bearer " + r.admin)
        .putHeader("If-Match", indonesian.getHeader("ETag")).putHeader("Accept-Language", "en")
        .sendJsonObject(new JsonObject().put("phone", "081234567891")).await();
    assertThat(english.statusCode()).as(english.bodyAsString()).isEqualTo(200);
    JsonObject same = english.bodyAsJsonObject().getJsonArray("warnings").getJsonObject(0);
    assertThat(same.getString("code")).isEqualTo("nik_issued_elsewhere");
    assertThat(same.getString("message")).isEqualTo("The NIK was issued in another regency or city than the worker's kelurahan.");
    assertThat(english.getHeader("Content-Language")).isEqualTo("en");
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    var response = r.create(r.admin, new JsonObject()
        .put("nik", "12345").put("fullName", "").put("birthDate", "14-03-1980").put("sex", "X")
        .put("kelurahanCode", "35.73").put("category", "guru").put("phone", "123").put("address", "x".repeat(501))
        .put("createdBy", "me"));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(WorkerFixture.failures(response)).containsExactlyInAnyOrder(
        "nik:nik_length", "fullName:required", "birthDate:date_invalid", "sex:sex_invalid",
        "kelurahanCode:kelurahan_invalid", "category:category_invalid", "phone:phone_invalid", "address:address_invalid",
        "createdBy:unknown_field");
  }

  @Test
  void unknownKelurahanAndCategoryAreFieldErrorsFromTheDatabase() {
    var response = r.create(r.admin, WorkerFixture.worker("Ahmad Fauzi", LocalDate.of(1990, 1, 5), "M", "35.73.02.1999")
        .put("category", "PENJUAL_BAKSO"));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(WorkerFixture.failures(response)).containsExactlyInAnyOrder(
        "kelurahanCode:kelurahan_unknown", "category:category_unknown");
  }

  @Test
  void theNikMustAgreeWithBirthDateAndSex() {
    JsonObject body = WorkerFixture.worker("Dewi Lestari", LocalDate.of(1985, 8, 17), "F", WorkerFixture.KLOJEN)
        .put("birthDate", "1985-08-18").put("sex", "M");
    assertThat(WorkerFixture.failures(r.create(r.admin, body)))
        .containsExactlyInAnyOrder("nik:nik_birth_date_mismatch", "nik:nik_sex_mismatch");
  }

  @Test
  void aRegisteredNikIsA409NamingTheExistingWorker() {
    JsonObject body = WorkerFixture.worker("Slamet Riyadi", LocalDate.of(1970, 2, 20), "M", WorkerFixture.KLOJEN);
    String id = r.createdId(body);
    var again = r.create(r.admin, body.copy().put("fullName", "Slamet R."));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.bodyAsJsonObject().getString("code")).isEqualTo("duplicate_nik");
    assertThat(again.bodyAsJsonObject().getString("existingId")).isEqualTo(id);
    assertThat(again.bodyAsString()).doesNotContain(body.getString("nik"));
  }

  @Test
  void ofConcurrentRegistrationsOfOneNikExactlyOneWins() {
    JsonObject body = WorkerFixture.worker("Mujiati", LocalDate.of(1973, 12, 1), "F", WorkerFixture.KLOJEN);
    var requests = java.util.stream.IntStream.range(0, 6)
        .mapToObj(i -> r.server.http.post("/api/v1/workers").putHeader("Authorization", "Bearer " + r.admin)
            .sendJsonObject(body))
        .toList();
    var statuses = requests.stream().map(f -> f.await().statusCode()).sorted().toList();
    assertThat(statuses).containsExactly(201, 409, 409, 409, 409, 409);
  }

  @Test
  void lookupByNikInTheBody() {
    JsonObject body = WorkerFixture.worker("Sri Wahyuni", LocalDate.of(1988, 11, 30), "F", WorkerFixture.SAMAAN);
    String id = r.createdId(body);
    var found = r.post("/api/v1/workers/lookup", r.admin, new JsonObject().put("nik", body.getString("nik")));
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.bodyAsJsonObject().getString("id")).isEqualTo(id);
    assertThat(found.getHeader("ETag")).isEqualTo("\"1\"");
    var missing = r.post("/api/v1/workers/lookup", r.admin,
        new JsonObject().put("nik", WorkerFixture.nik("35.73.02", LocalDate.of(1988, 11, 30), "F")));
    assertThat(missing.statusCode()).isEqualTo(404);
    var invalid = r.post("/api/v1/workers/lookup", r.admin, new JsonObject().put("nik", "35730"));
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(WorkerFixture.failures(invalid)).containsExactly("nik:nik_length");
  }

  @Test
  void patchNeedsIfMatchAndRevalidatesTheMergedWorker() {
    JsonObject body = WorkerFixture.worker("Agus Salim", LocalDate.of(1979, 4, 9), "M", WorkerFixture.KLOJEN);
    String id = r.createdId(body);
    String path = "/api/v1/workers/" + id;
    var noIfMatch = r.request(HttpMethod.PATCH, path, r.admin, new JsonObject().put("phone", "081233334444"), null);
    assertThat(noIfMatch.statusCode()).isEqualTo(428);
    var stale = r.request(HttpMethod.PATCH, path, r.admin, new JsonObject().put("phone", "081233334444"), "\"7\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.bodyAsJsonObject().getString("code")).isEqualTo("version_conflict");

    var changed = r.request(HttpMethod.PATCH, path, r.admin,
        new JsonObject().put("phone", "081233334444").put("kelurahanCode", WorkerFixture.SAMAAN).put("address", null), "\"1\"");
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    assertThat(changed.getHeader("ETag")).isEqualTo("\"2\"");
    JsonObject w = changed.bodyAsJsonObject();
    assertThat(w.getString("phone")).isEqualTo("+6281233334444");
    assertThat(w.getString("kelurahanCode")).isEqualTo(WorkerFixture.SAMAAN);
    assertThat(w.getString("fullName")).isEqualTo("Agus Salim");
    assertThat(w.getJsonArray("warnings")).isEmpty();

    // The merged worker is checked like a new one: a birth date the NIK contradicts is refused.
    var contradicts = r.request(HttpMethod.PATCH, path, r.admin,
        new JsonObject().put("birthDate", "1979-04-10").put("fullName", null), "\"2\"");
    assertThat(contradicts.statusCode()).isEqualTo(422);
    assertThat(WorkerFixture.failures(contradicts)).containsExactlyInAnyOrder("nik:nik_birth_date_mismatch", "fullName:required");
    assertThat(r.get(path, r.admin).getHeader("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void theNikMayBeCorrectedButStaysUnique() {
    LocalDate born = LocalDate.of(1966, 7, 1);
    JsonObject first = WorkerFixture.worker("Yusuf Hamdani", born, "M", WorkerFixture.KLOJEN);
    String firstId = r.createdId(first);
    JsonObject second = WorkerFixture.worker("Paijo", born, "M", WorkerFixture.KLOJEN);
    String secondId = r.createdId(second);
    String corrected = WorkerFixture.nik("35.73.02", born, "M");
    var ok = r.request(HttpMethod.PATCH, "/api/v1/workers/" + secondId, r.admin, new JsonObject().put("nik", corrected), "\"1\"");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.bodyAsJsonObject().getString("nik")).isEqualTo(corrected);
    var taken = r.request(HttpMethod.PATCH, "/api/v1/workers/" + secondId, r.admin,
        new JsonObject().put("nik", first.getString("nik")), "\"2\"");
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.bodyAsJsonObject().getString("code")).isEqualTo("duplicate_nik");
    assertThat(taken.bodyAsJsonObject().getString("existingId")).isEqualTo(firstId);
  }

  @Test
  void createAndUpdateAreAuditedWithoutTheNik() {
    JsonObject body = WorkerFixture.worker("Wahyu Hidayat", LocalDate.of(1992, 9, 9), "M", WorkerFixture.KLOJEN);
    String id = r.createdId(body);
    r.request(HttpMethod.PATCH, "/api/v1/workers/" + id, r.admin, new JsonObject().put("category", "MARBOT"), "\"1\"");
    var audit = r.get("/api/v1/audit?entityType=worker&entityId=" + id, r.admin);
    assertThat(audit.statusCode()).isEqualTo(200);
    var items = audit.bodyAsJsonObject().getJsonArray("items");
    assertThat(items.stream().map(e -> ((JsonObject) e).getString("action"))).containsExactly("worker.updated", "worker.created");
    assertThat(items.getJsonObject(0).getJsonObject("after").getString("category")).isEqualTo("MARBOT");
    assertThat(items.getJsonObject(0).getJsonObject("before").getString("category")).isEqualTo("GURU_NGAJI");
    assertThat(audit.bodyAsString()).doesNotContain(body.getString("nik"));
  }

  @Test
  void auditorAndApproverReadButDoNotWrite() {
    String id = r.createdId(WorkerFixture.worker("Hartono", LocalDate.of(1960, 12, 24), "M", WorkerFixture.KLOJEN));
    for (String role : new String[] {"AUDITOR", "APPROVER"}) {
      String token = r.token("reader." + role.toLowerCase(), role);
      assertThat(r.get("/api/v1/workers/" + id, token).statusCode()).isEqualTo(200);
      assertThat(r.get("/api/v1/workers/" + id + "/heirs", token).statusCode()).isEqualTo(200);
      assertThat(r.get("/api/v1/workers?q=hartono", token).statusCode()).isEqualTo(200);
      assertThat(r.create(token, WorkerFixture.worker("Budi", LocalDate.of(1990, 1, 1), "M", WorkerFixture.KLOJEN)).statusCode())
          .isEqualTo(403);
      assertThat(r.request(HttpMethod.PATCH, "/api/v1/workers/" + id, token, new JsonObject(), "\"1\"").statusCode())
          .isEqualTo(403);
      assertThat(r.request(HttpMethod.PUT, "/api/v1/workers/" + id + "/heirs", token, new io.vertx.core.json.JsonArray(), "\"1\"")
          .statusCode()).isEqualTo(403);
    }
  }

  @Test
  void anUnknownOrMalformedIdIs404() {
    assertThat(r.get("/api/v1/workers/" + java.util.UUID.randomUUID(), r.admin).statusCode()).isEqualTo(404);
    assertThat(r.get("/api/v1/workers/not-a-uuid", r.admin).statusCode()).isEqualTo(404);
  }
}
