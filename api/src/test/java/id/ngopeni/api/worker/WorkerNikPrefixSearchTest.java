package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.persistence.worker.NewWorker;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, item 1: with no NIK in the worker table, a NIK-prefix search goes by what it keeps: the
 * clear region code (2, 4, 6 digits), the keyed prefixes (8, 10, 12: region and birth day, month,
 * year) and the blind index (16), each an index that pages by id; other lengths are refused with
 * {@code nik_prefix_length}. Every length finds exactly the workers whose NIK starts so, through
 * {@code POST /workers/search} and (deprecated, announced) {@code GET /workers?q=}; EXPLAIN shows
 * each one's index answering it.
 */
class WorkerNikPrefixSearchTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("nik_prefix_search");
  private static final Map<String, String> NIKS = new HashMap<>();

  @BeforeAll
  static void start() {
    // 1,500 workers over three kecamatan of two regencies, born over a few days of a few years.
    Random random = new Random(17);
    String[] regions = {"357302", "357305", "350701"};
    List<NewWorker> rows = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      String region = regions[i % 3];
      int day = 1 + random.nextInt(3);
      int month = 1 + random.nextInt(2);
      int year = 80 + random.nextInt(2);
      boolean female = random.nextBoolean();
      String nik = region + String.format("%02d%02d%02d%04d", day + (female ? 40 : 0), month, year, i + 1);
      UUID id = UUID.randomUUID();
      NIKS.put(id.toString(), nik);
      rows.add(new NewWorker(id, nik, "Pekerja " + i, "pekerja " + i, LocalDate.of(1900 + year, month, day),
          female ? "F" : "M", "35.73.02.1001", "LINMAS", null, null));
    }
    assertThat(Sealed.of(r.server).workers(r.db, rows)).isEqualTo(1_500);
    r.db.query("ANALYZE worker").execute().await();
  }

  @Test
  void everySupportedLengthFindsExactlyTheWorkersWhoseNikStartsSo() {
    String sample = NIKS.values().iterator().next();
    for (int length : List.of(2, 4, 6, 8, 10, 12, 16)) {
      String prefix = sample.substring(0, length);
      List<String> expected = NIKS.entrySet().stream().filter(e -> e.getValue().startsWith(prefix)).map(Map.Entry::getKey)
          .sorted().toList();
      assertThat(searched(prefix)).as("prefix of %d digits", length).isEqualTo(expected);
      var viaUrl = r.get("/api/v1/workers?limit=500&q=" + prefix, r.admin);
      assertThat(viaUrl.statusCode()).isEqualTo(200);
      assertThat(viaUrl.getHeader("Deprecation")).as("a NIK in a URL is deprecated").isNotNull();
      assertThat(viaUrl.getHeader("Link")).contains("</api/v1/workers/search>; rel=\"successor-version\"");
    }
    // A name in the URL is no NIK: no deprecation.
    assertThat(r.get("/api/v1/workers?q=pekerja", r.admin).getHeader("Deprecation")).isNull();
  }

  @Test
  void otherLengthsAreRefusedNamingTheSupportedOnes() {
    for (String prefix : List.of("3", "357", "35730", "3573021", "357302011", "35730201018", "3573020101800")) {
      for (HttpResponse<Buffer> answer : List.of(r.post("/api/v1/workers/search", r.admin, new JsonObject().put("q", prefix)),
          r.get("/api/v1/workers?q=" + prefix, r.admin))) {
        assertThat(answer.statusCode()).isEqualTo(422);
        JsonObject error = answer.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("q");
        assertThat(error.getString("code")).isEqualTo("nik_prefix_length");
        assertThat(error.getString("message")).contains("2, 4, 6, 8, 10").contains("16");
      }
    }
  }

  @Test
  void theSearchBodyPagesAndRefusesUnknownFields() {
    List<String> all = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject body = new JsonObject().put("q", "357302").put("limit", 100).put("count", true);
      if (cursor != null) {
        body.put("cursor", cursor);
      }
      var page = r.post("/api/v1/workers/search", r.admin, body);
      assertThat(page.statusCode()).as(page.bodyAsString()).isEqualTo(200);
      assertThat(page.bodyAsJsonObject().getLong("total")).isEqualTo(500L);
      page.bodyAsJsonObject().getJsonArray("items").forEach(w -> {
        JsonObject worker = (JsonObject) w;
        assertThat(worker.getString("nik")).startsWith("3573").contains("••••••••");
        all.add(worker.getString("id"));
      });
      cursor = page.bodyAsJsonObject().getString("nextCursor");
    } while (cursor != null);
    assertThat(all).hasSize(500).isSorted().doesNotHaveDuplicates();
    var unknown = r.post("/api/v1/workers/search", r.admin, new JsonObject().put("nik", "3573020101800001"));
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("unknown_field");
    var badLimit = r.post("/api/v1/workers/search", r.admin, new JsonObject().put("limit", 501));
    assertThat(badLimit.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("limit_invalid");
  }

  @Test
  void eachLengthIsAnsweredByItsIndexInIdOrder() {
    String nik = NIKS.values().iterator().next();
    Sealed sealed = Sealed.of(r.server);
    assertThat(plan("w.nik_region = $1", Tuple.of(nik.substring(0, 6)))).contains("worker_nik_region_idx");
    // A range of region codes (2 or 4 digits): the region index answers the condition (the order by
    // id is then a sort, or the planner walks the id index when the range holds most of the table).
    assertThat(r.db.withTransaction(tx -> tx.query("SET LOCAL enable_seqscan = off").execute()
            .compose(v -> tx.preparedQuery("EXPLAIN SELECT w.id FROM worker w WHERE w.nik_region ~>=~ $1 AND w.nik_region ~<~ $2")
                .execute(Tuple.of("3507", "3508"))))
        .await().stream().map(row -> row.getString(0)).collect(Collectors.joining("\n"))).contains("worker_nik_region_idx");
    for (int length : List.of(8, 10, 12)) {
      Buffer prefix = Buffer.buffer(sealed.crypto().index().prefix(length, nik));
      assertThat(plan("w.nik_p" + length + " = $1", Tuple.of(prefix))).contains("worker_nik_p" + length + "_idx")
          .doesNotContain("Sort");
    }
    assertThat(plan("w.nik_hash = $1", Tuple.of(sealed.nikHash(nik)))).contains("worker_nik_key");
  }

  /**
   * The plan of a page of ids (as WorkerQuery asks for one), with sequential and bitmap scans off:
   * only an index can answer, and one that holds the id after the searched key reads the page in
   * id order, without a sort.
   */
  private static String plan(String where, Tuple params) {
    return r.db.withTransaction(tx -> tx.query("SET LOCAL enable_seqscan = off").execute()
            .compose(v -> tx.query("SET LOCAL enable_bitmapscan = off").execute())
            .compose(v -> tx.preparedQuery("EXPLAIN SELECT w.id FROM worker w WHERE " + where + " ORDER BY w.id LIMIT 51")
                .execute(params)))
        .await().stream().map(row -> row.getString(0)).collect(Collectors.joining("\n"));
  }

  /** Every page of the search. */
  private static List<String> searched(String prefix) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject body = new JsonObject().put("q", prefix).put("limit", 500);
      if (cursor != null) {
        body.put("cursor", cursor);
      }
      var page = r.post("/api/v1/workers/search", r.admin, body);
      assertThat(page.statusCode()).as(page.bodyAsString()).isEqualTo(200);
      page.bodyAsJsonObject().getJsonArray("items").forEach(w -> ids.add(((JsonObject) w).getString("id")));
      cursor = page.bodyAsJsonObject().getString("nextCursor");
    } while (cursor != null);
    return ids.stream().sorted().toList();
  }
}
