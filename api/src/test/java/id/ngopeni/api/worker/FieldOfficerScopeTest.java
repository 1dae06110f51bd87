package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.privacy.Masks;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A field officer of Klojen sees, lists, changes and exports Klojen's workers only: elsewhere is 404. */
class FieldOfficerScopeTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("scope");
  private static String officer;
  private static JsonObject mine;
  private static JsonObject theirs;
  private static String mineId;
  private static String theirsId;

  @BeforeAll
  static void start() {
    officer = r.token("petugas.klojen", "FIELD_OFFICER", WorkerFixture.KLOJEN);
    mine = WorkerFixture.worker("Sumarni Klojen", LocalDate.of(1971, 5, 5), "F", WorkerFixture.KLOJEN);
    theirs = WorkerFixture.worker("Sumarni Samaan", LocalDate.of(1971, 5, 6), "F", WorkerFixture.SAMAAN);
    mineId = r.createdId(mine);
    theirsId = r.createdId(theirs);
  }

  @Test
  void createsInTheirKelurahanOnly() {
    var inside = r.create(officer, WorkerFixture.worker("Suparmi", LocalDate.of(1983, 2, 2), "F", WorkerFixture.KLOJEN));
    assertThat(inside.statusCode()).isEqualTo(201);
    var outside = r.create(officer, WorkerFixture.worker("Suparno", LocalDate.of(1983, 2, 3), "M", WorkerFixture.SAMAAN));
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(outside.bodyAsJsonObject().getString("code")).isEqualTo("kelurahan_out_of_scope");
  }

  @Test
  void getsOnlyTheirOwn() {
    assertThat(r.get("/api/v1/workers/" + mineId, officer).statusCode()).isEqualTo(200);
    var other = r.get("/api/v1/workers/" + theirsId, officer);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.bodyAsJsonObject().getString("code")).isEqualTo("worker_not_found");
  }

  @Test
  void patchesOnlyTheirOwnAndCannotMoveAWorkerOut() {
    String other = "/api/v1/workers/" + theirsId;
    assertThat(r.request(HttpMethod.PATCH, other, officer, new JsonObject().put("address", "x"), "\"1\"").statusCode())
        .isEqualTo(404);
    String own = "/api/v1/workers/" + r.createdId(WorkerFixture.worker("Marsudi", LocalDate.of(1969, 3, 3), "M", WorkerFixture.KLOJEN));
    var moved = r.request(HttpMethod.PATCH, own, officer, new JsonObject().put("kelurahanCode", WorkerFixture.SAMAAN), "\"1\"");
    assertThat(moved.statusCode()).isEqualTo(403);
    assertThat(r.request(HttpMethod.PATCH, own, officer, new JsonObject().put("address", "Gang 3"), "\"1\"").statusCode())
        .isEqualTo(200);
  }

  @Test
  void listsAndSearchesTheirOwnOnly() {
    var all = r.get("/api/v1/workers?count=true", officer).bodyAsJsonObject();
    assertThat(all.getJsonArray("items").stream().map(w -> ((JsonObject) w).getString("kelurahanCode")))
        .isNotEmpty().allMatch(WorkerFixture.KLOJEN::equals);
    assertThat(all.getLong("total")).isEqualTo(all.getJsonArray("items").size());
    var byName = r.get("/api/v1/workers?q=sumarni", officer).bodyAsJsonObject().getJsonArray("items");
    assertThat(byName.stream().map(w -> ((JsonObject) w).getString("id"))).containsExactly(mineId);
    var byNik = r.get("/api/v1/workers?q=" + theirs.getString("nik").substring(0, 12), officer).bodyAsJsonObject();
    assertThat(byNik.getJsonArray("items")).isEmpty();
    var otherKelurahan = r.get("/api/v1/workers?kelurahan=" + WorkerFixture.SAMAAN, officer).bodyAsJsonObject();
    assertThat(otherKelurahan.getJsonArray("items")).isEmpty();
  }

  @Test
  void looksUpTheirOwnOnly() {
    assertThat(r.post("/api/v1/workers/lookup", officer, new JsonObject().put("nik", mine.getString("nik"))).statusCode())
        .isEqualTo(200);
    assertThat(r.post("/api/v1/workers/lookup", officer, new JsonObject().put("nik", theirs.getString("nik"))).statusCode())
        .isEqualTo(404);
  }

  @Test
  void heirsOfTheirOwnOnly() {
    JsonArray heirs = new JsonArray().add(new JsonObject().put("fullName", "Budi").put("relationship", "CHILD"));
    assertThat(r.get("/api/v1/workers/" + theirsId + "/heirs", officer).statusCode()).isEqualTo(404);
    assertThat(r.request(HttpMethod.PUT, "/api/v1/workers/" + theirsId + "/heirs", officer, heirs, "\"1\"").statusCode())
        .isEqualTo(404);
    String own = r.createdId(WorkerFixture.worker("Suwarno", LocalDate.of(1958, 8, 8), "M", WorkerFixture.KLOJEN));
    assertThat(r.request(HttpMethod.PUT, "/api/v1/workers/" + own + "/heirs", officer, heirs, "\"1\"").statusCode())
        .isEqualTo(200);
    assertThat(r.get("/api/v1/workers/" + own + "/heirs", officer).statusCode()).isEqualTo(200);
  }

  @Test
  void exportsTheirOwnOnly() {
    var csv = r.get("/api/v1/workers/export.csv", officer);
    assertThat(csv.statusCode()).isEqualTo(200);
    String text = csv.bodyAsString();
    assertThat(text).contains(Masks.nik(mine.getString("nik"))).doesNotContain(Masks.nik(theirs.getString("nik")))
        .doesNotContain(WorkerFixture.SAMAAN);
  }

  @Test
  void aDuplicateNikNamesTheExistingWorkerOnlyInsideTheirScope() {
    var own = r.create(officer, mine.copy().put("fullName", "Sumarni K."));
    assertThat(own.statusCode()).isEqualTo(409);
    assertThat(own.bodyAsJsonObject().getString("existingId")).isEqualTo(mineId);
    // The same person registered in Samaan: the officer learns the NIK is taken, not by whom.
    var other = r.create(officer, theirs.copy().put("kelurahanCode", WorkerFixture.KLOJEN));
    assertThat(other.statusCode()).isEqualTo(409);
    assertThat(other.bodyAsJsonObject().getString("code")).isEqualTo("duplicate_nik");
    assertThat(other.bodyAsJsonObject().containsKey("existingId")).isFalse();
  }

  @Test
  void referenceDataIsReadableButNotWritable() {
    assertThat(r.get("/api/v1/regions", officer).statusCode()).isEqualTo(200);
    assertThat(r.get("/api/v1/categories", officer).statusCode()).isEqualTo(200);
    assertThat(r.get("/api/v1/funding-sources", officer).statusCode()).isEqualTo(200);
    assertThat(r.post("/api/v1/categories", officer, new JsonObject().put("code", "TUKANG").put("nameId", "Tukang")
        .put("nameEn", "Builder")).statusCode()).isEqualTo(403);
  }
}
