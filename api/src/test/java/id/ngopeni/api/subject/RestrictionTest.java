package id.ngopeni.api.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.subject.SubjectFixture.Person;
import id.ngopeni.api.worker.WorkerFixture;
import id.ngopeni.domain.privacy.Masks;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A data subject's request to restrict processing (UU 27/2022, Pasal 41): recorded with its
 * 3 × 24 hour clock, listed overdue first, applied and lifted as steps of their own, each audited
 * with the NIK masked.
 */
class RestrictionTest {
  @RegisterExtension static final SubjectFixture f = new SubjectFixture("subject_restriction");

  private static HttpResponse<Buffer> request(String token, String nik, String requestedAt) {
    JsonObject body = new JsonObject().put("nik", nik).put("reason", "Surat permohonan pembatasan");
    if (requestedAt != null) {
      body.put("requestedAt", requestedAt);
    }
    return f.post("/api/v1/privacy/restrictions", token, body);
  }

  private static JsonObject requested(String nik, String requestedAt) {
    var r = request(f.admin, nik, requestedAt);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    assertThat(r.getHeader("Location")).isEqualTo("/api/v1/privacy/restrictions/" + r.bodyAsJsonObject().getString("id"));
    return r.bodyAsJsonObject();
  }

  private static List<JsonObject> list(String token, String status) {
    var r = f.get("/api/v1/privacy/restrictions" + (status == null ? "" : "?status=" + status), token);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(r.bodyAsJsonObject().getValue("nextCursor")).isNull();
    return r.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  @Test
  void aRequestStartsItsClockWhenThePersonAskedAndOverdueRequestsLeadTheList() {
    Person late = f.person("Lama Menunggu");
    Person fresh = f.person("Baru Meminta");
    OffsetDateTime fourDaysAgo = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(4).withNano(0);
    JsonObject old = requested(late.nik(), fourDaysAgo.toString());
    JsonObject recent = requested(fresh.nik(), null);

    assertThat(Instant.parse(old.getString("requestedAt"))).isEqualTo(fourDaysAgo.toInstant());
    assertThat(Instant.parse(old.getString("dueBy"))).isEqualTo(fourDaysAgo.toInstant().plus(Duration.ofHours(72)));
    assertThat(old.getBoolean("overdue")).isTrue();
    assertThat(old.getString("status")).isEqualTo("REQUESTED");
    assertThat(old.getString("workerName")).isEqualTo("Lama Menunggu");
    assertThat(old.encode()).doesNotContain(late.nik());
    assertThat(recent.getBoolean("overdue")).isFalse();
    assertThat(Duration.between(Instant.parse(recent.getString("requestedAt")), Instant.parse(recent.getString("dueBy"))))
        .isEqualTo(Duration.ofHours(72));

    List<JsonObject> open = list(f.auditor, null);
    assertThat(open).extracting(o -> o.getString("id")).containsSubsequence(old.getString("id"), recent.getString("id"));
    assertThat(open.get(0).getBoolean("overdue")).isTrue();
    assertThat(list(f.operator, "APPLIED")).isEmpty();
    String officer = f.token("subject.officer", "FIELD_OFFICER", WorkerFixture.KLOJEN);
    assertThat(f.get("/api/v1/privacy/restrictions", officer).statusCode()).isEqualTo(403);
    assertThat(request(f.auditor, fresh.nik(), null).statusCode()).as("the auditor reads, never records").isEqualTo(403);
  }

  @Test
  void applyingAndLiftingAreStepsOfTheirOwnEachAuditedWithTheNikMasked() {
    Person p = f.person("Dibatasi Wulandari");
    JsonObject r = requested(p.nik(), null);
    String id = r.getString("id");
    var applied = f.post("/api/v1/privacy/restrictions/" + id + "/apply", f.operator, null);
    assertThat(applied.statusCode()).as(applied.bodyAsString()).isEqualTo(200);
    assertThat(applied.bodyAsJsonObject().getString("status")).isEqualTo("APPLIED");
    assertThat(applied.bodyAsJsonObject().getBoolean("appliedLate")).isFalse();
    assertThat(list(f.admin, "APPLIED")).extracting(o -> o.getString("id")).contains(id);
    assertThat(f.get("/api/v1/workers/" + p.id(), f.admin).statusCode()).as("the data stays readable").isEqualTo(200);

    var again = f.post("/api/v1/privacy/restrictions/" + id + "/apply", f.admin, null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(SubjectFixture.code(again)).isEqualTo("restriction_not_requested");
    var noReason = f.post("/api/v1/privacy/restrictions/" + id + "/lift", f.admin, new JsonObject());
    assertThat(WorkerFixture.failures(noReason)).containsExactly("reason:reason_required");
    var lifted = f.post("/api/v1/privacy/restrictions/" + id + "/lift", f.admin,
        new JsonObject().put("reason", "Permintaan dicabut oleh yang bersangkutan"));
    assertThat(lifted.statusCode()).as(lifted.bodyAsString()).isEqualTo(200);
    assertThat(lifted.bodyAsJsonObject().getString("liftReason")).isEqualTo("Permintaan dicabut oleh yang bersangkutan");
    var twice = f.post("/api/v1/privacy/restrictions/" + id + "/lift", f.admin, new JsonObject().put("reason", "lagi"));
    assertThat(SubjectFixture.code(twice)).isEqualTo("restriction_lifted");
    // Lifted, the person may ask again.
    requested(p.nik(), null);

    JsonArray audit = f.audit("processing_restriction", id);
    assertThat(audit.stream().map(e -> ((JsonObject) e).getString("action")))
        .containsExactly("restriction.lifted", "restriction.applied", "restriction.requested");
    JsonObject first = audit.getJsonObject(2);
    assertThat(first.getJsonObject("after").getString("nikMasked")).isEqualTo(Masks.nik(p.nik()));
    assertThat(first.getJsonObject("after").getString("workerId")).isEqualTo(p.id());
    assertThat(audit.encode()).doesNotContain(p.nik());
    // Finding the person by NIK is a read of their data, on record like every lookup.
    var log = f.post("/api/v1/access-log/by-nik", f.auditor, new JsonObject().put("nik", p.nik()));
    assertThat(log.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast))
        .anySatisfy(row -> {
          assertThat(row.getString("kind")).isEqualTo("LOOKUP");
          assertThat(row.getJsonObject("detail").getBoolean("subjectRequest")).isTrue();
        });
  }

  @Test
  void aRequestIsRefusedForNobodyTwiceInTheFutureOrWithoutAReason() {
    Person p = f.person("Dua Kali Meminta");
    var nobody = request(f.admin, "3573020101800009", null);
    assertThat(nobody.statusCode()).isEqualTo(404);
    assertThat(SubjectFixture.code(nobody)).isEqualTo("subject_not_found");
    var future = request(f.admin, p.nik(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
    assertThat(WorkerFixture.failures(future)).containsExactly("requestedAt:in_future");
    var garbled = request(f.admin, p.nik(), "kemarin");
    assertThat(WorkerFixture.failures(garbled)).containsExactly("requestedAt:date_invalid");
    var everything = f.post("/api/v1/privacy/restrictions", f.admin, new JsonObject().put("nik", "123"));
    assertThat(WorkerFixture.failures(everything)).contains("nik:nik_length", "reason:reason_required");
    requested(p.nik(), null);
    var twice = request(f.operator, p.nik(), null);
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(SubjectFixture.code(twice)).isEqualTo("restriction_open");
    var unknown = f.post("/api/v1/privacy/restrictions/00000000-0000-7000-8000-000000000000/apply", f.admin, null);
    assertThat(SubjectFixture.code(unknown)).isEqualTo("restriction_not_found");
    assertThat(f.get("/api/v1/privacy/restrictions/nope", f.admin).statusCode()).isEqualTo(404);
  }
}
