package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.csv;
import static id.ngopeni.api.worker.importing.ImportFixtures.rows;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /imports}: newest first, paged like every list, with the counts and who started each
 * import; a field officer sees only their own, everyone else who may read imports sees all.
 */
class ImportHistoryTest extends ImportTestSupport {
  private static final String KLOJEN = "35.73.02.1001";
  private static final String SUKUN = "35.73.04.1005";

  private static String officer;
  private static String officerId;
  private static String otherOfficer;
  private static String auditor;
  private static String approver;
  /** Oldest first: admin's, Klojen officer's, admin's failed one, Sukun officer's. */
  private static final List<String> IMPORTS = new ArrayList<>();
  private static String officerImport;
  private static String otherOfficerImport;
  private static String failedImport;
  private static int officerFileBytes;

  @BeforeAll
  static void fourImportsByThreePeople() {
    officerId = server.createUser(admin, "petugas.klojen.hist", "Bakso-Presiden-2025", "FIELD_OFFICER", List.of(KLOJEN));
    server.createUser(admin, "petugas.sukun.hist", "Bakso-Presiden-2026", "FIELD_OFFICER", List.of(SUKUN));
    server.createUser(admin, "auditor.hist", "Rawon-Setan-Malang-1", "AUDITOR", List.of());
    server.createUser(admin, "approver.hist", "Rawon-Setan-Malang-2", "APPROVER", List.of());
    officer = server.login("petugas.klojen.hist", "Bakso-Presiden-2025").getString("accessToken");
    otherOfficer = server.login("petugas.sukun.hist", "Bakso-Presiden-2026").getString("accessToken");
    auditor = server.login("auditor.hist", "Rawon-Setan-Malang-1").getString("accessToken");
    approver = server.login("approver.hist", "Rawon-Setan-Malang-2").getString("accessToken");

    IMPORTS.add(finished(admin, csv(rows(70_000, 5))));
    // The officer's file: 3 rows in their kelurahan, 1 elsewhere (refused), 1 repeated (duplicate).
    List<WorkerDraft> mine = new ArrayList<>();
    rows(70_100, 4).forEach(r -> mine.add(ImportFixtures.withKelurahan(r, KLOJEN)));
    mine.set(3, ImportFixtures.withKelurahan(mine.get(3), SUKUN));
    mine.add(mine.get(0));
    String officerCsv = csv(mine);
    officerFileBytes = officerCsv.getBytes(StandardCharsets.UTF_8).length;
    officerImport = finished(officer, officerCsv);
    IMPORTS.add(officerImport);
    failedImport = finished(admin, "nik,nama\r\n3573020101800001,Siti\r\n");
    IMPORTS.add(failedImport);
    otherOfficerImport = finished(otherOfficer, csv(List.of(ImportFixtures.withKelurahan(rows(70_200, 1).get(0), SUKUN))));
    IMPORTS.add(otherOfficerImport);
  }

  private static List<String> newestFirst() {
    List<String> ids = new ArrayList<>(IMPORTS);
    java.util.Collections.reverse(ids);
    return ids;
  }

  private static String finished(String token, String csv) {
    String id = uploadCsv(server, token, csv);
    awaitEnd(server, token, id);
    return id;
  }

  private static JsonObject page(String query, String token) {
    var r = server.get("/api/v1/imports" + query, token);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  private static List<String> ids(List<JsonObject> items) {
    return items.stream().map(i -> i.getString("id")).toList();
  }

  /** Every page of the list, following nextCursor; also checks that there were at least {@code minPages}. */
  private static List<JsonObject> allPages(String token, int limit, int minPages) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page = page("?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), token);
      assertThat(page.containsKey("nextCursor")).isTrue();
      List<JsonObject> items = items(page);
      assertThat(items.size()).isLessThanOrEqualTo(limit);
      all.addAll(items);
      cursor = page.getString("nextCursor");
      pages++;
      assertThat(pages).as("paging never ends").isLessThan(100);
    } while (cursor != null);
    assertThat(pages).isGreaterThanOrEqualTo(minPages);
    return all;
  }

  @Test
  void newestFirstWithTheCountsAndWhoStartedEach() {
    List<JsonObject> listed = items(page("", admin));
    assertThat(ids(listed)).containsExactlyElementsOf(newestFirst());
    assertThat(page("", admin).getString("nextCursor")).isNull();

    JsonObject mine = listed.stream().filter(i -> i.getString("id").equals(officerImport)).findFirst().orElseThrow();
    assertThat(mine.getString("status")).isEqualTo("DONE");
    assertThat(mine.getString("format")).isEqualTo("CSV");
    assertThat(mine.getLong("sizeBytes")).isEqualTo((long) officerFileBytes);
    assertThat(mine.getInteger("total")).isEqualTo(5);
    assertThat(mine.getInteger("processed")).isEqualTo(5);
    assertThat(mine.getInteger("inserted")).isEqualTo(3);
    assertThat(mine.getInteger("duplicates")).isEqualTo(1);
    assertThat(mine.getInteger("failed")).isEqualTo(1);
    assertThat(mine.getString("createdBy")).isEqualTo(officerId);
    assertThat(mine.getString("createdByUsername")).isEqualTo("petugas.klojen.hist");
    assertThat(mine.getString("createdAt")).isNotNull();
    assertThat(mine.getString("finishedAt")).isNotNull();
    // The list is the job without its rows: no errors, nothing from the file.
    assertThat(mine.fieldNames()).doesNotContain("errors", "nik");
    // The same names as the single import's resource.
    JsonObject single = server.get("/api/v1/imports/" + officerImport, admin).bodyAsJsonObject();
    single.remove("errors");
    assertThat(mine.copy().put("createdByUsername", (String) null)).isEqualTo(single.copy().put("createdByUsername", (String) null));

    JsonObject failed = listed.stream().filter(i -> i.getString("id").equals(failedImport)).findFirst().orElseThrow();
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getJsonObject("failure").getString("code")).isEqualTo("header_invalid");
    assertThat(failed.getString("createdByUsername")).isEqualTo("admin");
  }

  @Test
  void pagesFollowOneAnotherWithoutGapsOrRepeats() {
    List<JsonObject> paged = allPages(admin, 1, 4);
    assertThat(ids(paged)).containsExactlyElementsOf(newestFirst());
    List<JsonObject> byTwo = allPages(admin, 2, 2);
    assertThat(ids(byTwo)).containsExactlyElementsOf(newestFirst());
    JsonObject first = page("?limit=3", admin);
    assertThat(ids(items(first))).containsExactlyElementsOf(newestFirst().subList(0, 3));
    JsonObject second = page("?limit=3&cursor=" + first.getString("nextCursor"), admin);
    assertThat(ids(items(second))).containsExactly(IMPORTS.get(0));
    assertThat(second.getString("nextCursor")).isNull();
  }

  @Test
  void aFieldOfficerSeesOnlyTheirOwnImports() {
    assertThat(ids(items(page("", officer)))).containsExactly(officerImport);
    assertThat(ids(items(page("", otherOfficer)))).containsExactly(otherOfficerImport);
    assertThat(ids(allPages(officer, 1, 1))).containsExactly(officerImport);
    assertThat(items(page("?status=FAILED", officer))).isEmpty();
  }

  @Test
  void anAuditorAndAnOperatorSeeEveryImportAnApproverNone() {
    assertThat(ids(items(page("", auditor)))).containsExactlyElementsOf(newestFirst());
    server.createUser(admin, "operator.hist", "Rawon-Setan-Malang-3", "OPERATOR", List.of());
    String operator = server.login("operator.hist", "Rawon-Setan-Malang-3").getString("accessToken");
    assertThat(ids(items(page("", operator)))).containsExactlyElementsOf(newestFirst());
    var refused = server.get("/api/v1/imports", approver);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.getHeader("Content-Type")).startsWith("application/problem+json");
    var anonymous = server.get("/api/v1/imports", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.getHeader("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void statusFilterAndAnUploadStillStreamingInIsNotListed() {
    assertThat(ids(items(page("?status=FAILED", admin)))).containsExactly(failedImport);
    assertThat(ids(items(page("?status=DONE", auditor))))
        .containsExactly(otherOfficerImport, officerImport, IMPORTS.get(0));
    assertThat(items(page("?status=QUEUED", admin))).isEmpty();

    UUID receiving = UUID.fromString("01900000-0000-7000-8000-000000000001");
    db.preparedQuery("""
        INSERT INTO worker_import (id, status, format, created_by, created_by_role)
        SELECT $1, 'RECEIVING', 'CSV', id, 'ADMIN' FROM app_user WHERE username = 'admin'
        """).execute(Tuple.of(receiving)).await();
    try {
      assertThat(ids(items(page("", admin)))).doesNotContain(receiving.toString()).hasSize(IMPORTS.size());
    } finally {
      db.preparedQuery("DELETE FROM worker_import WHERE id = $1").execute(Tuple.of(receiving)).await();
    }
  }

  @Test
  void badPagingOrFilterIsA422NamingTheParameter() {
    assertInvalid("?limit=0", "limit", "limit_invalid");
    assertInvalid("?limit=501", "limit", "limit_invalid");
    assertInvalid("?limit=many", "limit", "limit_invalid");
    assertInvalid("?cursor=not-a-cursor", "cursor", "cursor_invalid");
    assertInvalid("?status=RECEIVING", "status", "value_unknown");
    assertInvalid("?status=done", "status", "value_unknown");
    assertThat(items(page("?limit=500", admin))).hasSize(IMPORTS.size());
  }

  private static void assertInvalid(String query, String field, String code) {
    var r = server.get("/api/v1/imports" + query, admin);
    assertThat(r.statusCode()).as(query).isEqualTo(422);
    assertThat(r.getHeader("Content-Type")).startsWith("application/problem+json");
    JsonArray errors = r.bodyAsJsonObject().getJsonArray("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.getJsonObject(0).getString("field")).isEqualTo(field);
    assertThat(errors.getJsonObject(0).getString("code")).isEqualTo(code);
  }
}
