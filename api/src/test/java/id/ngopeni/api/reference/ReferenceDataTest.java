package id.ngopeni.api.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.RegionLoadCommand;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.api.worker.WorkerFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReferenceDataTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("reference");
  private static String operator;

  @BeforeAll
  static void start() {
    operator = r.token("operator.ref", "OPERATOR");
  }

  private static HttpResponse<Buffer> importCsv(String token, String contentType, String csv) {
    return r.server.http.post("/api/v1/regions/import").putHeader("Authorization", "Bearer " + token)
        .putHeader("Content-Type", contentType).sendBuffer(Buffer.buffer(csv)).await();
  }

  private static JsonObject kecamatan(String code) {
    JsonArray items = r.get("/api/v1/regions", operator).bodyAsJsonObject().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).filter(k -> k.getString("code").equals(code)).findFirst().orElse(null);
  }

  @Test
  void malangShipsWithItsFiveKecamatanAndFiftySevenKelurahan() {
    JsonArray items = r.get("/api/v1/regions", operator).bodyAsJsonObject().getJsonArray("items");
    JsonObject klojen = kecamatan("35.73.02");
    assertThat(klojen.getString("name")).isEqualTo("Klojen");
    assertThat(klojen.getString("regencyCode")).isEqualTo("35.73");
    assertThat(klojen.getString("regencyName")).isEqualTo("Kota Malang");
    assertThat(klojen.getJsonArray("kelurahan").getJsonObject(0))
        .isEqualTo(new JsonObject().put("code", "35.73.02.1001").put("name", "Klojen"));
    long malang = items.stream().map(JsonObject.class::cast).filter(k -> k.getString("regencyCode").equals("35.73")).count();
    int kelurahan = items.stream().map(JsonObject.class::cast).filter(k -> k.getString("regencyCode").equals("35.73"))
        .mapToInt(k -> k.getJsonArray("kelurahan").size()).sum();
    assertThat(malang).isEqualTo(5);
    assertThat(kelurahan).isEqualTo(57);
  }

  @Test
  void categoriesAndFundingSources() {
    JsonArray categories = r.get("/api/v1/categories", operator).bodyAsJsonObject().getJsonArray("items");
    assertThat(categories.getJsonObject(0).getString("code")).isEqualTo("MARBOT");
    assertThat(categories.stream().map(c -> ((JsonObject) c).getString("code"))).contains("GURU_NGAJI", "LAINNYA");
    JsonArray sources = r.get("/api/v1/funding-sources", operator).bodyAsJsonObject().getJsonArray("items");
    assertThat(sources.stream().map(s -> ((JsonObject) s).getString("code")))
        .containsExactlyInAnyOrder("APBD", "DBHCHT", "MANDIRI", "PERUSAHAAN", "BUMN");
  }

  @Test
  void banksAreTheDomainsWithTheirAccountNumberLengthAndTransferLimit() {
    JsonArray banks = r.get("/api/v1/banks", operator).bodyAsJsonObject().getJsonArray("items");
    assertThat(banks.stream().map(b -> ((JsonObject) b).getString("code")).toList())
        .containsExactlyElementsOf(java.util.Arrays.stream(id.ngopeni.domain.bank.Bank.values()).map(b -> b.code()).toList());
    JsonObject bri = banks.getJsonObject(0);
    assertThat(bri.getString("name")).isEqualTo("Bank Rakyat Indonesia");
    assertThat(bri.getInteger("accountNumberLength")).isEqualTo(15);
    // The BI-FAST limit the payout rules apply, on every bank, as whole rupiah.
    assertThat(banks.stream().map(b -> ((JsonObject) b).getLong("maxTransfer")).distinct().toList())
        .containsExactly(id.ngopeni.domain.bank.TransferLimit.BI_FAST_MAX.amount());
  }

  @Test
  void adminsAddCategoriesThatWorkersCanThenUse() {
    JsonObject body = new JsonObject().put("code", "JURU_KUNCI").put("nameId", "Juru kunci makam").put("nameEn", "Cemetery keeper")
        .put("sortOrder", 25);
    assertThat(r.post("/api/v1/categories", operator, body).statusCode()).isEqualTo(403);
    var created = r.post("/api/v1/categories", r.admin, body);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.bodyAsJsonObject().getBoolean("active")).isTrue();
    assertThat(r.post("/api/v1/categories", r.admin, body).bodyAsJsonObject().getString("code")).isEqualTo("category_exists");
    var invalid = r.post("/api/v1/categories", r.admin, new JsonObject().put("code", "juru kunci").put("nameId", "")
        .put("sortOrder", -1));
    assertThat(WorkerFixture.failures(invalid)).containsExactlyInAnyOrder("code:category_invalid", "nameId:required",
        "nameEn:required", "sortOrder:sort_order_invalid");
    var worker = WorkerFixture.worker("Mbah Darmo", java.time.LocalDate.of(1950, 5, 5), "M", WorkerFixture.KLOJEN).put("category", "JURU_KUNCI");
    String id = r.created(r.admin, worker).getString("id");
    // Deactivated later: no new registrations in it, but its workers can still be edited.
    r.db.query("UPDATE worker_category SET active = false WHERE code = 'JURU_KUNCI'").execute().await();
    var another = WorkerFixture.worker("Mbah Karto", java.time.LocalDate.of(1951, 6, 6), "M", WorkerFixture.KLOJEN).put("category", "JURU_KUNCI");
    assertThat(WorkerFixture.failures(r.create(r.admin, another))).containsExactly("category:category_unknown");
    assertThat(r.request(io.vertx.core.http.HttpMethod.PATCH, "/api/v1/workers/" + id, r.admin,
        new JsonObject().put("address", "Makam Samaan"), "\"1\"").statusCode()).isEqualTo(200);
  }

  @Test
  void anotherCityLoadsItsRegionsFromCsvAndReloadingRenames() {
    String csv = "code,name\r\n35.07,Kabupaten Malang\r\n35.07.01,Donomulyo\r\n35.07.01.2001,Tulungrejo\r\n"
        + "\"35.07.01.2002\",\"Purwodadi, Donomulyo\"\r\n";
    assertThat(importCsv(operator, "text/csv", csv).statusCode()).isEqualTo(403);
    var loaded = importCsv(r.admin, "text/csv; charset=utf-8", csv);
    assertThat(loaded.statusCode()).as(loaded.bodyAsString()).isEqualTo(200);
    assertThat(loaded.bodyAsJsonObject()).isEqualTo(new JsonObject().put("rows", 4).put("inserted", 4).put("updated", 0));
    JsonObject donomulyo = kecamatan("35.07.01");
    assertThat(donomulyo.getString("regencyCode")).isEqualTo("35.07");
    assertThat(donomulyo.getString("regencyName")).isEqualTo("Kabupaten Malang");
    assertThat(donomulyo.getJsonArray("kelurahan").getJsonObject(1).getString("name")).isEqualTo("Purwodadi, Donomulyo");

    var again = importCsv(r.admin, "text/csv", "35.07.01,Donomulyo Baru\n35.07.01.2003,Kedungsalam\n");
    assertThat(again.bodyAsJsonObject()).isEqualTo(new JsonObject().put("rows", 2).put("inserted", 1).put("updated", 1));
    assertThat(kecamatan("35.07.01").getString("name")).isEqualTo("Donomulyo Baru");
    // A worker can now be registered there.
    var worker = WorkerFixture.worker("Tukiman", java.time.LocalDate.of(1970, 1, 1), "M", "35.07.01.2003");
    assertThat(r.create(r.admin, worker).statusCode()).isEqualTo(201);
  }

  @Test
  void everyBadRowIsReportedAndNothingIsApplied() {
    String csv = "code,name\n35.08,Kabupaten Lumajang\n35.08.01,\n3508.02,Pasirian\n35.08,Lumajang lagi\n"
        + "35.99.01,Tanpa Induk\n35.08.03,Tempeh,extra\n35.08.04,Candipuro\n";
    var refused = importCsv(r.admin, "text/csv", csv);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(WorkerFixture.failures(refused)).containsExactlyInAnyOrder("rows[1].name:required", "rows[2].code:code_invalid",
        "rows[3].code:code_duplicate", "rows[4].code:parent_unknown", "rows[5]:columns_invalid");
    assertThat(kecamatan("35.08.04")).isNull();
    assertThat(importCsv(r.admin, "text/csv", "").statusCode()).isEqualTo(422);
    assertThat(importCsv(r.admin, "text/csv", "35.08,\"never closed\n").statusCode()).isEqualTo(422);
    assertThat(importCsv(r.admin, "text/plain", "35.08,Lumajang\n").statusCode()).isEqualTo(415);
    var tooLarge = importCsv(r.admin, "text/csv", "35.08,Lumajang\n".repeat(400_000));
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(kecamatan("35.08.04")).isNull();
  }

  @Test
  void theLoadRegionsFlagLoadsTheSameCsv() throws Exception {
    Path file = Files.createTempFile("regions", ".csv");
    Files.writeString(file, "\uFEFFcode,name\n35.09,Kabupaten Jember\n35.09.01,Jombang\n35.09.01.2001,Jombang\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var config = TestServer.config(r.server.database, r.server.dataDir, java.util.List.of());
    int exit = RegionLoadCommand.run(config, file, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 new, 0 updated");
    assertThat(kecamatan("35.09.01").getJsonArray("kelurahan")).hasSize(1);

    Files.writeString(file, "35.09.02,\n");
    out.reset();
    assertThat(RegionLoadCommand.run(config, file, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("rows[0].name required");
    assertThat(RegionLoadCommand.run(config, file.resolveSibling("missing-" + file.getFileName()), new PrintStream(out)))
        .isEqualTo(2);
  }
}
