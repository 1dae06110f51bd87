package id.ngopeni.api.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.subject.SubjectFixture.Person;
import id.ngopeni.api.worker.WorkerFixture;
import id.ngopeni.domain.privacy.Masks;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A data subject's correction requests (UU 27/2022, Pasal 30): recorded OPEN with their clock,
 * carried out through the ordinary worker edit that names them (its audit entry links the
 * request), resolved APPLIED only after such an edit or REJECTED with a note.
 */
class CorrectionTest {
  @RegisterExtension static final SubjectFixture f = new SubjectFixture("subject_correction");

  private static JsonObject requested(Person p, String field, String value) {
    var r = f.post("/api/v1/privacy/corrections", f.operator, new JsonObject().put("nik", p.nik()).put("field", field)
        .put("requestedValue", value).put("reason", "Salah ketik; KTP dilampirkan"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    return r.bodyAsJsonObject();
  }

  private static HttpResponse<Buffer> patch(Person p, JsonObject body) {
    var current = f.get("/api/v1/workers/" + p.id(), f.admin);
    return f.money.server.http.request(HttpMethod.PATCH, "/api/v1/workers/" + p.id())
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("If-Match", current.getHeader("ETag"))
        .sendJsonObject(body).await();
  }

  private static HttpResponse<Buffer> resolve(String id, String outcome, String note) {
    JsonObject body = new JsonObject().put("outcome", outcome);
    if (note != null) {
      body.put("note", note);
    }
    return f.post("/api/v1/privacy/corrections/" + id + "/resolve", f.admin, body);
  }

  @Test
  void aCorrectionIsMadeThroughTheWorkerEditNamingItAndThenResolvedApplied() {
    Person p = f.person("Siti Aminha");
    JsonObject c = requested(p, "fullName", "Siti Aminah");
    String id = c.getString("id");
    assertThat(c.getString("status")).isEqualTo("OPEN");
    assertThat(c.getBoolean("overdue")).isFalse();
    assertThat(f.get("/api/v1/privacy/corrections", f.admin).bodyAsString()).contains(id);
    assertThat(f.get("/api/v1/privacy/corrections", f.auditor).statusCode()).isEqualTo(200);

    var early = resolve(id, "APPLIED", null);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(SubjectFixture.code(early)).isEqualTo("correction_not_edited");
    var unchanged = patch(p, new JsonObject().put("address", "Jl. Baru 2").put("correctionId", id));
    assertThat(WorkerFixture.failures(unchanged)).containsExactly("correctionId:correction_field_unchanged");
    Person other = f.person("Orang Lain");
    var wrongWorker = patch(other, new JsonObject().put("fullName", "Siti Aminah").put("correctionId", id));
    assertThat(WorkerFixture.failures(wrongWorker)).containsExactly("correctionId:correction_other_worker");
    var nothing = patch(p, new JsonObject().put("fullName", "Siti Aminah").put("correctionId", UUID.randomUUID().toString()));
    assertThat(WorkerFixture.failures(nothing)).containsExactly("correctionId:correction_not_found");
    assertThat(f.get("/api/v1/workers/" + p.id(), f.admin).bodyAsJsonObject().getString("fullName")).as("nothing changed")
        .isEqualTo("Siti Aminha");

    var edited = patch(p, new JsonObject().put("fullName", "Siti Aminah").put("correctionId", id));
    assertThat(edited.statusCode()).as(edited.bodyAsString()).isEqualTo(200);
    JsonObject update = f.audit("worker", p.id()).getJsonObject(0);
    assertThat(update.getString("action")).isEqualTo("worker.updated");
    assertThat(update.getJsonObject("after").getString("correctionId")).isEqualTo(id);
    assertThat(f.get("/api/v1/privacy/corrections/" + id, f.admin).bodyAsJsonObject().getString("editedAt")).isNotNull();

    var applied = resolve(id, "APPLIED", null);
    assertThat(applied.statusCode()).as(applied.bodyAsString()).isEqualTo(200);
    assertThat(applied.bodyAsJsonObject().getString("status")).isEqualTo("APPLIED");
    assertThat(SubjectFixture.code(resolve(id, "REJECTED", "lagi"))).isEqualTo("correction_not_open");
    var closed = patch(p, new JsonObject().put("fullName", "Siti Aminah Lagi").put("correctionId", id));
    assertThat(SubjectFixture.code(closed)).isEqualTo("correction_not_open");
    assertThat(f.audit("correction_request", id).stream().map(e -> ((JsonObject) e).getString("action")))
        .containsExactly("correction.resolved", "correction.requested");
  }

  @Test
  void aRequestedNikIsKeptMaskedAndARejectionNeedsANote() {
    Person p = f.person("Nik Keliru");
    String wanted = WorkerFixture.nik("35.73.02", LocalDate.of(1975, 6, 2), "F");
    JsonObject c = requested(p, "nik", wanted);
    assertThat(c.getString("requestedValue")).isEqualTo(Masks.nik(wanted));
    String id = c.getString("id");
    long clear = f.money.db.preparedQuery("SELECT count(*) FROM correction_request WHERE requested_value = $1")
        .execute(Tuple.of(wanted)).await().iterator().next().getLong(0);
    assertThat(clear).as("no new copy of a NIK in clear").isZero();
    assertThat(f.audit("correction_request", id).encode()).doesNotContain(wanted).doesNotContain(p.nik());

    assertThat(WorkerFixture.failures(resolve(id, "REJECTED", null))).containsExactly("note:required");
    assertThat(WorkerFixture.failures(resolve(id, "OPEN", null))).containsExactly("outcome:value_unknown");
    var rejected = resolve(id, "REJECTED", "NIK sudah sesuai KTP elektronik");
    assertThat(rejected.statusCode()).as(rejected.bodyAsString()).isEqualTo(200);
    assertThat(rejected.bodyAsJsonObject().getString("note")).isEqualTo("NIK sudah sesuai KTP elektronik");
    assertThat(f.get("/api/v1/privacy/corrections?status=REJECTED", f.admin).bodyAsString()).contains(id);
  }

  @Test
  void aRequestNamesAKnownFieldAValueAndAReasonForAPersonInTheRegistry() {
    Person p = f.person("Kolom Salah");
    var bad = f.post("/api/v1/privacy/corrections", f.admin, new JsonObject().put("nik", p.nik()).put("field", "role")
        .put("requestedValue", " ").put("reason", ""));
    assertThat(WorkerFixture.failures(bad)).containsExactlyInAnyOrder("field:value_unknown", "reason:reason_required");
    var blank = f.post("/api/v1/privacy/corrections", f.admin, new JsonObject().put("nik", p.nik()).put("field", "address")
        .put("requestedValue", " ").put("reason", "Pindah"));
    assertThat(WorkerFixture.failures(blank)).containsExactly("requestedValue:required");
    var nobody = f.post("/api/v1/privacy/corrections", f.admin, new JsonObject().put("nik", "3573020101800009")
        .put("field", "address").put("requestedValue", "Jl. Ijen 1").put("reason", "Pindah"));
    assertThat(SubjectFixture.code(nobody)).isEqualTo("subject_not_found");
    var byAuditor = f.post("/api/v1/privacy/corrections", f.auditor, new JsonObject().put("nik", p.nik())
        .put("field", "address").put("requestedValue", "Jl. Ijen 1").put("reason", "Pindah"));
    assertThat(byAuditor.statusCode()).isEqualTo(403);
  }
}
