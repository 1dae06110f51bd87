package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19.6 B: the duplicate check before saving, the review queue a worker saved with possible
 * duplicates enters, and the hold it puts on enrolment until it is resolved.
 */
class DuplicateReviewTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("dupreview");

  private static final String CHECK = "/api/v1/workers/duplicate-check";
  private static final String QUEUE = "/api/v1/duplicate-reviews";

  private static JsonObject enrolment() {
    return MoneyFixture.enrolment("MANDIRI", 1_500_000, MoneyFixture.today(), "JKK", "JKM");
  }

  private HttpResponse<Buffer> enrol(String workerId) {
    return r.post("/api/v1/workers/" + workerId + "/memberships", r.admin, enrolment());
  }

  private HttpResponse<Buffer> resolve(String token, JsonObject review, JsonObject body) {
    return r.request(HttpMethod.POST, QUEUE + "/" + review.getString("id") + "/resolve", token, body,
        "\"" + review.getInteger("version") + "\"");
  }

  /** The review of this worker in the queue ({@code status=ALL}), as the caller sees it. */
  private JsonObject reviewOf(String token, String workerId) {
    var list = r.get(QUEUE + "?status=ALL&limit=500", token);
    assertThat(list.statusCode()).as(list.bodyAsString()).isEqualTo(200);
    return list.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> i.getString("workerId").equals(workerId)).findFirst().orElse(null);
  }

  private static String code(HttpResponse<Buffer> response) {
    return response.bodyAsJsonObject().getString("code");
  }

  @Test
  void theCheckAnswersThePossibleDuplicatesBeforeSavingAndRecordsTheRead() {
    LocalDate born = LocalDate.of(1972, 3, 14);
    String first = r.createdId(WorkerFixture.worker("Muhammad Sholeh", born, "M", WorkerFixture.KLOJEN));
    JsonObject draft = WorkerFixture.worker("H. Moch. Sholeh", born, "M", WorkerFixture.SAMAAN);

    var check = r.post(CHECK, r.admin, draft);
    assertThat(check.statusCode()).as(check.bodyAsString()).isEqualTo(200);
    JsonObject candidate = check.bodyAsJsonObject().getJsonArray("candidates").getJsonObject(0);
    assertThat(check.bodyAsJsonObject().getJsonArray("candidates")).hasSize(1);
    assertThat(candidate.getString("workerId")).isEqualTo(first);
    assertThat(candidate.getString("why")).isEqualTo("possible_duplicate");
    assertThat(candidate.getString("fullName")).isEqualTo("Muhammad Sholeh");
    assertThat(candidate.getString("birthDate")).isEqualTo(born.toString());
    assertThat(candidate.getString("kelurahanCode")).isEqualTo(WorkerFixture.KLOJEN);
    assertThat(candidate.getString("nik")).contains("•").hasSize(16);
    assertThat(check.bodyAsString()).doesNotContain(draft.getString("nik"));
    // Nothing was saved.
    assertThat(r.db.preparedQuery("SELECT count(*) FROM worker WHERE full_name = $1").execute(Tuple.of("H. Moch. Sholeh"))
        .await().iterator().next().getLong(0)).isZero();
    // The read is on the access log: the candidate shown, as a search by the duplicate check.
    Row access = r.db.query("SELECT kind, person_ids, fields, detail->>'via' AS via FROM personal_data_access "
        + "WHERE detail->>'via' = 'duplicate_check' ORDER BY id DESC LIMIT 1").execute().await().iterator().next();
    assertThat(access.getString("kind")).isEqualTo("SEARCH");
    assertThat(Arrays.asList(access.getArrayOfUUIDs("person_ids"))).containsExactly(UUID.fromString(first));
    assertThat(Arrays.asList(access.getArrayOfStrings("fields"))).contains("name", "birth_date");

    var none = r.post(CHECK, r.admin, WorkerFixture.worker("Bambang Pamungkas", born, "M", WorkerFixture.KLOJEN));
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.bodyAsJsonObject().getJsonArray("candidates")).isEmpty();
  }

  @Test
  void theCheckValidatesTheDraftLikeSaving() {
    var invalid = r.post(CHECK, r.admin, new JsonObject().put("nik", "123").put("fullName", "X"));
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(WorkerFixture.failures(invalid)).contains("nik:nik_length", "birthDate:required");
    var extra = r.post(CHECK, r.admin, WorkerFixture.worker("Ani Wijaya", LocalDate.of(1980, 1, 1), "F", WorkerFixture.KLOJEN)
        .put("duplicateReason", "no"));
    assertThat(WorkerFixture.failures(extra)).contains("duplicateReason:unknown_field");
  }

  @Test
  void savingAnywayWithAReasonOpensAReviewThatHoldsEnrolmentUntilResolvedDistinct() {
    LocalDate born = LocalDate.of(1966, 8, 17);
    String first = r.createdId(WorkerFixture.worker("Siti Aminah", born, "F", WorkerFixture.KLOJEN));
    JsonObject saved = r.created(r.admin, WorkerFixture.worker("Hj. Siti Aminah", born, "F", WorkerFixture.KLOJEN)
        .put("duplicateReason", "  Sudah cek KTP: orang berbeda, beda ibu kandung.  "));
    assertThat(saved.getJsonObject("duplicateReview").getString("status")).isEqualTo("OPEN");
    String second = saved.getString("id");

    JsonObject review = reviewOf(r.admin, second);
    assertThat(review.getString("id")).isEqualTo(saved.getJsonObject("duplicateReview").getString("id"));
    assertThat(review.getString("status")).isEqualTo("OPEN");
    assertThat(review.getString("reason")).isEqualTo("Sudah cek KTP: orang berbeda, beda ibu kandung.");
    assertThat(review.getString("openedBy")).isEqualTo("admin");
    assertThat(review.getJsonObject("worker").getString("fullName")).isEqualTo("Hj. Siti Aminah");
    assertThat(review.getJsonObject("worker").getString("nik")).contains("•");
    assertThat(review.getJsonArray("candidates").getJsonObject(0).getString("workerId")).isEqualTo(first);

    var held = enrol(second);
    assertThat(held.statusCode()).as(held.bodyAsString()).isEqualTo(409);
    assertThat(code(held)).isEqualTo("duplicate_review_open");
    // The original is not held.
    assertThat(enrol(first).statusCode()).isEqualTo(201);

    var noIfMatch = r.post(QUEUE + "/" + review.getString("id") + "/resolve", r.admin,
        new JsonObject().put("resolution", "DISTINCT").put("note", "x"));
    assertThat(noIfMatch.statusCode()).isEqualTo(428);
    var noNote = resolve(r.admin, review, new JsonObject().put("resolution", "DISTINCT"));
    assertThat(WorkerFixture.failures(noNote)).containsExactly("note:required");
    var stale = r.request(HttpMethod.POST, QUEUE + "/" + review.getString("id") + "/resolve", r.admin,
        new JsonObject().put("resolution", "DISTINCT").put("note", "x"), "\"99\"");
    assertThat(stale.statusCode()).isEqualTo(412);

    var resolved = resolve(r.admin, review, new JsonObject().put("resolution", "DISTINCT")
        .put("note", "Dua orang berbeda: NIK dan ibu kandung dicek di Dukcapil."));
    assertThat(resolved.statusCode()).as(resolved.bodyAsString()).isEqualTo(200);
    assertThat(resolved.bodyAsJsonObject().getString("status")).isEqualTo("RESOLVED_DISTINCT");
    assertThat(resolved.bodyAsJsonObject().getString("resolvedBy")).isEqualTo("admin");
    assertThat(resolved.getHeader("ETag")).isEqualTo("\"" + (review.getInteger("version") + 1) + "\"");
    assertThat(r.db.preparedQuery("SELECT count(*) FROM audit_entry WHERE action = 'duplicate_review.resolved' AND entity_id = $1")
        .execute(Tuple.of(review.getString("id"))).await().iterator().next().getLong(0)).isOne();

    var again = resolve(r.admin, resolved.bodyAsJsonObject(), new JsonObject().put("resolution", "DISTINCT").put("note", "x"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(code(again)).isEqualTo("duplicate_review_resolved");
    var enrolled = enrol(second);
    assertThat(enrolled.statusCode()).as(enrolled.bodyAsString()).isEqualTo(201);
    assertThat(reviewOf(r.admin, second).getString("status")).isEqualTo("RESOLVED_DISTINCT");
    assertThat(r.get(QUEUE, r.admin).bodyAsString()).doesNotContain(second);
  }

  @Test
  void aClientThatNeverCheckedStillSavesAndTheWorkerEntersTheQueueAsADuplicateForRetention() {
    LocalDate born = LocalDate.of(1979, 11, 2);
    String first = r.createdId(WorkerFixture.worker("Agus Salim", born, "M", WorkerFixture.KLOJEN));
    String other = r.createdId(WorkerFixture.worker("Joko Widodo", born, "M", WorkerFixture.KLOJEN));
    JsonObject saved = r.created(r.admin, WorkerFixture.worker("Agus Salim", born, "M", WorkerFixture.SAMAAN));
    assertThat(saved.getJsonArray("warnings").getJsonObject(0).getString("code")).isEqualTo("possible_duplicate");
    String second = saved.getString("id");
    JsonObject review = reviewOf(r.admin, second);
    assertThat(review.getString("reason")).isNull();
    assertThat(code(enrol(second))).isEqualTo("duplicate_review_open");

    var notACandidate = resolve(r.admin, review, new JsonObject().put("resolution", "DUPLICATE").put("note", "Sama")
        .put("duplicateOf", other));
    assertThat(WorkerFixture.failures(notACandidate)).containsExactly("duplicateOf:duplicate_of_invalid");
    var noOriginal = resolve(r.admin, review, new JsonObject().put("resolution", "DUPLICATE").put("note", "Sama"));
    assertThat(WorkerFixture.failures(noOriginal)).containsExactly("duplicateOf:required");

    String operator = r.token("operator.dup", "OPERATOR");
    var resolved = resolve(operator, review, new JsonObject().put("resolution", "DUPLICATE")
        .put("note", "Orang yang sama, didaftarkan dua kali di kelurahan berbeda.").put("duplicateOf", first));
    assertThat(resolved.statusCode()).as(resolved.bodyAsString()).isEqualTo(200);
    assertThat(resolved.bodyAsJsonObject().getString("duplicateOf")).isEqualTo(first);
    Row removal = r.db.preparedQuery("SELECT reason, merged_into FROM worker_removal WHERE worker_id = $1")
        .execute(Tuple.of(UUID.fromString(second))).await().iterator().next();
    assertThat(removal.getString("reason")).isEqualTo("DUPLICATE");
    assertThat(removal.getUUID("merged_into")).isEqualTo(UUID.fromString(first));
    var refused = enrol(second);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(code(refused)).isEqualTo("worker_is_duplicate");
  }

  @Test
  void aFieldOfficerSeesTheQueueOfTheirKelurahanOnlyAndCandidatesElsewhereWithoutWhoTheyAre() {
    LocalDate born = LocalDate.of(1983, 5, 21);
    String samaan = r.createdId(WorkerFixture.worker("Dewi Lestari", born, "F", WorkerFixture.SAMAAN));
    String klojen = r.created(r.admin, WorkerFixture.worker("Dewi Lestari", born, "F", WorkerFixture.KLOJEN)).getString("id");
    String elsewhere = r.created(r.admin, WorkerFixture.worker("Dewi Lestary", born, "F", WorkerFixture.BALEARJOSARI))
        .getString("id");
    String officer = r.token("petugas.review", "FIELD_OFFICER", WorkerFixture.KLOJEN);

    JsonObject mine = reviewOf(officer, klojen);
    assertThat(mine).isNotNull();
    JsonObject candidate = mine.getJsonArray("candidates").getJsonObject(0);
    assertThat(candidate.getBoolean("visible")).isFalse();
    assertThat(candidate.containsKey("workerId")).isFalse();
    assertThat(candidate.containsKey("fullName")).isFalse();
    assertThat(reviewOf(officer, elsewhere)).isNull();
    assertThat(r.get(QUEUE + "?status=ALL", officer).bodyAsString()).doesNotContain(samaan);
    // The access log holds only the people the officer was shown.
    Row access = r.db.query("SELECT person_ids FROM personal_data_access WHERE detail->>'via' = 'duplicate_reviews' "
        + "AND role = 'FIELD_OFFICER' ORDER BY id DESC LIMIT 1").execute().await().iterator().next();
    assertThat(Arrays.asList(access.getArrayOfUUIDs("person_ids"))).containsExactly(UUID.fromString(klojen));
    // Reading is all they do.
    var resolve = resolve(officer, mine, new JsonObject().put("resolution", "DISTINCT").put("note", "x"));
    assertThat(resolve.statusCode()).isEqualTo(403);
  }

  @Test
  void rolesOutsideTheQueueAreRefusedAndTheReasonIsChecked() {
    String approver = r.token("approver.dup", "APPROVER");
    String auditor = r.token("auditor.dup", "AUDITOR");
    assertThat(r.get(QUEUE, approver).statusCode()).isEqualTo(403);
    assertThat(r.get(QUEUE, auditor).statusCode()).isEqualTo(200);
    JsonObject draft = WorkerFixture.worker("Rina Marlina", LocalDate.of(1991, 9, 9), "F", WorkerFixture.KLOJEN);
    assertThat(r.post(CHECK, approver, draft).statusCode()).isEqualTo(403);
    assertThat(r.post(CHECK, auditor, draft).statusCode()).isEqualTo(403);
    assertThat(r.get(QUEUE + "?status=MAYBE", r.admin).statusCode()).isEqualTo(422);
    assertThat(WorkerFixture.failures(r.get(QUEUE + "?nik=1", r.admin))).containsExactly("nik:unknown_parameter");
    var review = new JsonObject().put("id", UUID.randomUUID().toString()).put("version", 1);
    assertThat(resolve(auditor, review, new JsonObject().put("resolution", "DISTINCT").put("note", "x")).statusCode())
        .isEqualTo(403);
    var missing = resolve(r.admin, review, new JsonObject().put("resolution", "DISTINCT").put("note", "x"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(code(missing)).isEqualTo("duplicate_review_not_found");

    var tooLong = r.create(r.admin, draft.copy().put("duplicateReason", "x".repeat(501)));
    assertThat(WorkerFixture.failures(tooLong)).containsExactly("duplicateReason:duplicate_reason_too_long");
    var control = r.create(r.admin, draft.copy().put("duplicateReason", "line\nbreak"));
    assertThat(WorkerFixture.failures(control)).containsExactly("duplicateReason:control_characters");
    assertThat(r.created(r.admin, draft.copy().put("duplicateReason", "no candidates")).containsKey("duplicateReview")).isFalse();
  }

  private HttpResponse<Buffer> patch(String workerId, int version, JsonObject body) {
    var response = r.request(HttpMethod.PATCH, "/api/v1/workers/" + workerId, r.admin, body, "\"" + version + "\"");
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response;
  }

  @Test
  void anEditThatMakesAWorkerLookLikeAnotherOpensTheirReviewOnce() {
    LocalDate born = LocalDate.of(1968, 4, 9);
    String first = r.createdId(WorkerFixture.worker("Slamet Riyadi", born, "M", WorkerFixture.KLOJEN));
    JsonObject registered = r.created(r.admin,
        WorkerFixture.worker("Bambang Pamungkas", LocalDate.of(1980, 6, 10), "M", WorkerFixture.SAMAAN));
    String second = registered.getString("id");
    assertThat(registered.getJsonObject("duplicateReview")).isNull();

    // Only the address changed: nothing about who they are, so no review.
    assertThat(patch(second, 1, new JsonObject().put("address", "Jl. Ijen 5")).bodyAsJsonObject()
        .getJsonObject("duplicateReview")).isNull();
    assertThat(reviewOf(r.admin, second)).isNull();

    // Name, birth date (and so the NIK) now match the first worker's: reviewed as on registration.
    JsonObject edited = patch(second, 2, new JsonObject().put("fullName", "Slamet Riyadi").put("birthDate", born.toString())
        .put("nik", WorkerFixture.nik("35.73.02", born, "M"))).bodyAsJsonObject();
    assertThat(edited.getJsonArray("warnings").getJsonObject(0).getString("code")).isEqualTo("possible_duplicate");
    assertThat(edited.getJsonObject("duplicateReview").getString("status")).isEqualTo("OPEN");
    JsonObject review = reviewOf(r.admin, second);
    assertThat(review.getString("id")).isEqualTo(edited.getJsonObject("duplicateReview").getString("id"));
    assertThat(review.getJsonArray("candidateIds")).containsExactly(first);
    assertThat(review.getString("reason")).isNull();
    assertThat(code(enrol(second))).isEqualTo("duplicate_review_open");
    long opened = r.db.preparedQuery("SELECT count(*) FROM audit_entry WHERE action = 'duplicate_review.opened' AND after->>'workerId' = $1")
        .execute(Tuple.of(second)).await().iterator().next().getLong(0);
    assertThat(opened).isEqualTo(1);

    // Decided as two people: the decision stands through later edits, and enrolment goes ahead.
    var distinct = resolve(r.admin, review, new JsonObject().put("resolution", "DISTINCT").put("note", "Beda orang, beda ibu kandung."));
    assertThat(distinct.statusCode()).as(distinct.bodyAsString()).isEqualTo(200);
    JsonObject again = patch(second, 3, new JsonObject().put("fullName", "Slamet Riyadi S")).bodyAsJsonObject();
    assertThat(again.getJsonArray("warnings").stream().map(w -> ((JsonObject) w).getString("code"))).contains("possible_duplicate");
    assertThat(again.getJsonObject("duplicateReview")).isNull();
    assertThat(reviewOf(r.admin, second).getString("status")).isEqualTo("RESOLVED_DISTINCT");
    var enrolled = enrol(second);
    assertThat(enrolled.statusCode()).as(enrolled.bodyAsString()).isEqualTo(201);
  }
}
