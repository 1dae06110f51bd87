package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, item 1: a worker's NIK and phone are stored sealed (AES-GCM with the column and the
 * worker's id as associated data). A cipher text changed in the database, or one copied from
 * another worker's row, is refused with 500 {@code stored_value_unreadable}: never garbage, never
 * the other worker's NIK.
 */
class SealedIdentifiersTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("sealed_identifiers");

  @Test
  void theTableHoldsCipherTextsThatOpenOnlyInTheirOwnRow() {
    JsonObject body = WorkerFixture.worker("Sri Rahayu", LocalDate.of(1975, 4, 5), "F", WorkerFixture.KLOJEN)
        .put("phone", "081234500001");
    String id = r.createdId(body);
    String other = r.createdId(WorkerFixture.worker("Tri Wahyuni", LocalDate.of(1976, 4, 6), "F", WorkerFixture.KLOJEN));
    var stored = r.db.preparedQuery("SELECT nik_cipher, phone_cipher, nik_region FROM worker WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(id))).await().iterator().next();
    String nik = body.getString("nik");
    assertThat(new String(stored.getBuffer(0).getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(nik);
    assertThat(stored.getBuffer(0).getByte(0)).as("key id").isEqualTo((byte) 1);
    assertThat(stored.getBuffer(1).length()).isGreaterThan(12 + 16);
    assertThat(stored.getString(2)).isEqualTo(nik.substring(0, 6));
    var revealed = r.post("/api/v1/workers/" + id + "/reveal", r.admin, new JsonObject().put("purpose", "VERIFICATION"));
    assertThat(revealed.bodyAsJsonObject().getString("nik")).isEqualTo(nik);
    assertThat(revealed.bodyAsJsonObject().getString("phone")).isEqualTo("+6281234500001");

    // One bit flipped in the stored NIK: refused.
    r.db.preparedQuery("UPDATE worker SET nik_cipher = overlay(nik_cipher PLACING '\\x00'::bytea FROM 20 FOR 1) WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(id))).await();
    var tampered = r.get("/api/v1/workers/" + id, r.admin);
    assertThat(tampered.statusCode()).isEqualTo(500);
    assertThat(tampered.bodyAsJsonObject().getString("code")).isEqualTo("stored_value_unreadable");
    assertThat(tampered.bodyAsJsonObject().getString("incident")).isNotBlank();
    assertThat(tampered.bodyAsString()).doesNotContain(nik.substring(4, 12));

    // Another worker's cipher text moved into this row: refused too, not shown as this worker's NIK.
    r.db.preparedQuery("UPDATE worker SET nik_cipher = (SELECT nik_cipher FROM worker WHERE id = $2) WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(id), UUID.fromString(other))).await();
    var moved = r.get("/api/v1/workers/" + id, r.admin);
    assertThat(moved.statusCode()).isEqualTo(500);
    assertThat(moved.bodyAsJsonObject().getString("code")).isEqualTo("stored_value_unreadable");
    // The other worker is untouched.
    assertThat(r.get("/api/v1/workers/" + other, r.admin).statusCode()).isEqualTo(200);
  }
}
