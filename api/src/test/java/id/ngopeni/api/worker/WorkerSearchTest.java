package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.DocumentedAnswers;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkerSearchTest {
  private static WorkerFixture r;
  private static String jose;
  private static String soleh;
  private static String active;
  private static String lapsed;
  private static String ended;
  private static JsonObject joseBody;

  @BeforeAll
  static void start() {
    r = new WorkerFixture("search");
    joseBody = WorkerFixture.worker("José Ramírez", LocalDate.of(1984, 2, 14), "M", WorkerFixture.KLOJEN);
    jose = r.createdId(joseBody);
    soleh = r.createdId(WorkerFixture.worker("H. Moch. Sholeh", LocalDate.of(1962, 7, 7), "M", WorkerFixture.BALEARJOSARI)
        .put("category", "MARBOT"));
    active = r.createdId(WorkerFixture.worker("Ani Active", LocalDate.of(1990, 1, 10), "F", WorkerFixture.SAMAAN));
    lapsed = r.createdId(WorkerFixture.worker("Ani Lapsed", LocalDate.of(1990, 1, 11), "F", WorkerFixture.SAMAAN));
    ended = r.createdId(WorkerFixture.worker("Ani Ended", LocalDate.of(1990, 1, 12), "F", WorkerFixture.SAMAAN));
    r.membership(active, "LAPSED", LocalDate.of(2024, 1, 1));
    r.membership(active, "ACTIVE", LocalDate.of(2025, 1, 1));
    r.membership(lapsed, "ENDED", LocalDate.of(2023, 1, 1));
    r.membership(lapsed, "LAPSED", LocalDate.of(2024, 1, 1));
    r.membership(ended, "LAPSED", LocalDate.of(2023, 1, 1));
    r.membership(ended, "ENDED", LocalDate.of(2024, 1, 1));
  }

  @AfterAll
  static void stop() {
    r.close();
  }

  private static List<String> ids(String query) {
    var response = r.get("/api/v1/workers" + query, r.admin);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject().getJsonArray("items").stream().map(w -> ((JsonObject) w).getString("id")).toList();
  }

  @Test
  void nameSearchIgnoresCaseAccentsTitlesAndSpellings() {
    assertThat(ids("?q=jose")).containsExactly(jose);
    assertThat(ids("?q=RAMIREZ")).containsExactly(jose);
    assertThat(ids("?q=Ram%C3%ADrez")).containsExactly(jose);
    assertThat(ids("?q=muhammad%20sholeh")).containsExactly(soleh);
    assertThat(ids("?q=Mochammad%20Sholeh")).containsExactly(soleh);
    assertThat(ids("?q=nobody")).isEmpty();
  }

  @Test
  void digitsSearchByNikPrefix() {
    String nik = joseBody.getString("nik");
    assertThat(ids("?q=" + nik.substring(0, 12))).containsExactly(jose);
    assertThat(ids("?q=" + nik)).containsExactly(jose);
    assertThat(ids("?q=3573")).hasSize(5);
    assertThat(ids("?q=3574")).isEmpty();
  }

  @Test
  void filters() {
    assertThat(ids("?kelurahanCode=" + WorkerFixture.KLOJEN)).containsExactly(jose);
    assertThat(ids("?kecamatanCode=35.73.01")).containsExactly(soleh);
    assertThat(ids("?kecamatanCode=35.73.02")).containsExactlyInAnyOrder(jose, active, lapsed, ended);
    assertThat(ids("?category=MARBOT")).containsExactly(soleh);
    assertThat(ids("?coverage=ACTIVE")).containsExactly(active);
    assertThat(ids("?coverage=LAPSED")).containsExactly(lapsed);
    assertThat(ids("?coverage=NONE")).containsExactlyInAnyOrder(jose, soleh, ended);
    assertThat(ids("?coverage=NONE&kecamatanCode=35.73.02&q=ani")).containsExactly(ended);
  }

  /** The names of the first version of API v1 still work, deprecated, for one more version. */
  @Test
  void deprecatedFilterNamesStillWork() {
    assertThat(ids("?kelurahan=" + WorkerFixture.KLOJEN)).containsExactly(jose);
    assertThat(ids("?kecamatan=35.73.01")).containsExactly(soleh);
    assertThat(ids("?coverage=active")).containsExactly(active);
    assertThat(ids("?coverage=none&kecamatan=35.73.02&q=ani")).containsExactly(ended);
    // The new name wins when both are sent.
    assertThat(ids("?kelurahanCode=" + WorkerFixture.KLOJEN + "&kelurahan=35.73.01.1001")).containsExactly(jose);
  }

  /**
   * RFC 9745: an answer to a request with a deprecated name says so, links the same request under
   * the new names and the document, and is one the document declares; the new names alone get no
   * such header.
   */
  @Test
  void aDeprecatedNameIsAnsweredWithDeprecationAndALinkToTheSuccessor() {
    DocumentedAnswers document = new DocumentedAnswers(r.server.clientVertx);
    var old = r.get("/api/v1/workers?coverage=none&kecamatan=35.73.02&q=ani%20s&limit=10", r.admin);
    assertThat(old.statusCode()).isEqualTo(200);
    assertThat(old.getHeader("Deprecation")).isEqualTo("@1796169600");
    assertThat(old.getHeader("Link")).isEqualTo("</api/v1/workers?coverage=NONE&kecamatanCode=35.73.02&q=ani%20s&limit=10>;"
        + " rel=\"successor-version\", </api/v1/openapi.yaml>; rel=\"deprecation\"; type=\"application/yaml\"");
    assertThat(document.check("GET", "/api/v1/workers", 200, old.headers()::contains)).isNull();
    // Following the link gives the same answer, without the header.
    String successor = old.getHeader("Link").substring(1, old.getHeader("Link").indexOf('>'));
    var followed = r.get(successor, r.admin);
    assertThat(followed.bodyAsJsonObject()).isEqualTo(old.bodyAsJsonObject());
    assertThat(followed.getHeader("Deprecation")).isNull();
    assertThat(followed.getHeader("Link")).isNull();

    // Both names sent: the old one is dropped from the successor.
    var both = r.get("/api/v1/workers?kelurahanCode=" + WorkerFixture.KLOJEN + "&kelurahan=35.73.01.1001", r.admin);
    assertThat(both.getHeader("Link")).startsWith("</api/v1/workers?kelurahanCode=" + WorkerFixture.KLOJEN + ">;");

    var export = r.get("/api/v1/workers/export.csv?kelurahan=" + WorkerFixture.KLOJEN, r.admin);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.getHeader("Deprecation")).isEqualTo("@1796169600");
    assertThat(export.getHeader("Link")).startsWith("</api/v1/workers/export.csv?kelurahanCode=" + WorkerFixture.KLOJEN + ">;");
    assertThat(document.check("GET", "/api/v1/workers/export.csv", 200, export.headers()::contains)).isNull();

    // A refused request with an old name is a plain problem.
    var refused = r.get("/api/v1/workers?kelurahan=35.73", r.admin);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.getHeader("Deprecation")).isNull();
  }

  @Test
  void coverageIsShownOnTheWorker() {
    JsonObject coverage = r.get("/api/v1/workers/" + active, r.admin).bodyAsJsonObject().getJsonObject("coverage");
    assertThat(coverage.getString("status")).isEqualTo("ACTIVE");
    assertThat(coverage.getString("fundingSource")).isEqualTo("DBHCHT");
    assertThat(coverage.getString("startDate")).isEqualTo("2025-01-01");
    assertThat(r.get("/api/v1/workers/" + lapsed, r.admin).bodyAsJsonObject().getJsonObject("coverage").getString("status"))
        .isEqualTo("LAPSED");
    assertThat(r.get("/api/v1/workers/" + ended, r.admin).bodyAsJsonObject().getJsonObject("coverage").getString("status"))
        .isEqualTo("NONE");
  }

  @Test
  void pagesFollowTheCursorAndCountTheTotal() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var page = r.get("/api/v1/workers?limit=2&count=true" + (cursor == null ? "" : "&cursor=" + cursor), r.admin)
          .bodyAsJsonObject();
      assertThat(page.getLong("total")).isEqualTo(5);
      page.getJsonArray("items").forEach(w -> seen.add(((JsonObject) w).getString("id")));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyInAnyOrder(jose, soleh, active, lapsed, ended).isSorted();
    var plain = r.get("/api/v1/workers?limit=2", r.admin).bodyAsJsonObject();
    assertThat(plain.containsKey("total")).isFalse();
    assertThat(r.get("/api/v1/workers?coverage=none&count=true", r.admin).bodyAsJsonObject().getLong("total")).isEqualTo(3);
  }

  @Test
  void badFiltersAre422() {
    var response = r.get("/api/v1/workers?q=ab&kelurahan=35.73&kecamatan=x&category=marbot&coverage=sometimes&limit=0",
        r.admin);
    assertThat(response.statusCode()).isEqualTo(422);
    var bad = r.get("/api/v1/workers?q=ab&kelurahan=35.73&kecamatan=x&category=marbot&coverage=sometimes&cursor=%25%25",
        r.admin);
    assertThat(WorkerFixture.failures(bad)).containsExactlyInAnyOrder("q:q_too_short", "kelurahan:kelurahan_invalid",
        "kecamatan:kecamatan_invalid", "category:category_invalid", "coverage:coverage_invalid", "cursor:cursor_invalid");
    var named = r.get("/api/v1/workers?kelurahanCode=35.73&kecamatanCode=x", r.admin);
    assertThat(WorkerFixture.failures(named)).containsExactlyInAnyOrder("kelurahanCode:kelurahan_invalid",
        "kecamatanCode:kecamatan_invalid");
  }
}
