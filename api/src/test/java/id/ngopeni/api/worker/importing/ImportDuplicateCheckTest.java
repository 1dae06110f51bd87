package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.ImportFixtures.awaitDuplicateCheck;
import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.csv;
import static id.ngopeni.api.worker.importing.ImportFixtures.rows;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.Sex;
import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Imported rows are checked for possible duplicates after the import, by the registration's rule:
 * a worker born the same day as one registered before them, with a NIK one digit away under the
 * same name or a similar name, enters the duplicate review queue (opened in the uploader's name,
 * naming the import) and is not enrolled until it is resolved. Two such rows of the same file: the
 * later one is reviewed. Rows without a look-alike, and the first of each pair, are not. A second
 * import of the same file opens nothing more.
 */
class ImportDuplicateCheckTest extends ImportTestSupport {
  private static final String KLOJEN = "35.73.02.1001";
  private static final LocalDate BORN = LocalDate.of(1968, 5, 21);
  private static final LocalDate TWINS_BORN = LocalDate.of(1990, 2, 3);

  private static String nik(LocalDate born, int serial) {
    return Nik.of(new RegionCode("35.73.02"), born, Sex.M, serial).value();
  }

  private static WorkerDraft draft(String nik, String name, LocalDate born) {
    return new WorkerDraft(nik, name, born, "M", KLOJEN, "GURU_NGAJI", null, null);
  }

  private static String idOf(String nik) {
    var found = server.post("/api/v1/workers/lookup", admin, new JsonObject().put("nik", nik));
    assertThat(found.statusCode()).as(found.bodyAsString()).isEqualTo(200);
    return found.bodyAsJsonObject().getString("id");
  }

  /** Every review in the queue, by the reviewed worker's id. */
  private static Map<String, JsonObject> reviews() {
    var list = server.get("/api/v1/duplicate-reviews?status=ALL&limit=500", admin);
    assertThat(list.statusCode()).as(list.bodyAsString()).isEqualTo(200);
    return list.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(r -> r.getString("workerId"), r -> r));
  }

  /** The candidates of a review as "workerId why". */
  private static List<String> candidates(JsonObject review) {
    return review.getJsonArray("candidates").stream().map(JsonObject.class::cast)
        .map(c -> c.getString("workerId") + " " + c.getString("why")).toList();
  }

  @Test
  void importedRowsWithPossibleDuplicatesEnterTheReviewQueueOnceTheImportIsDone() {
    var registered = server.post("/api/v1/workers", admin, new JsonObject().put("nik", nik(BORN, 1234))
        .put("fullName", "Slamet Riyanto").put("birthDate", BORN.toString()).put("sex", "M")
        .put("kelurahanCode", KLOJEN).put("category", "GURU_NGAJI"));
    assertThat(registered.statusCode()).as(registered.bodyAsString()).isEqualTo(201);
    String first = registered.bodyAsJsonObject().getString("id");

    List<WorkerDraft> file = new ArrayList<>(rows(0, 3)); // nobody like them
    file.add(draft(nik(BORN, 4321), "Slamet Riyanto", BORN)); // same name and birth date
    file.add(draft(nik(BORN, 1239), "Slamet Riyanto", BORN)); // and a NIK one digit away
    file.add(draft(nik(TWINS_BORN, 5551), "Wahyu Hidayat", TWINS_BORN)); // two alike in the file
    file.add(draft(nik(TWINS_BORN, 7772), "Wahyu Hidayat", TWINS_BORN));
    String job = uploadCsv(server, admin, csv(file));
    JsonObject done = awaitEnd(server, admin, job);
    assertThat(done.getString("status")).as(done.encode()).isEqualTo("DONE");
    assertThat(done.getInteger("inserted")).isEqualTo(7);

    JsonObject checked = awaitDuplicateCheck(server, admin, job);
    assertThat(checked.getJsonObject("duplicateCheck").getInteger("reviews")).isEqualTo(3);
    assertThat(checked.getJsonObject("duplicateCheck").getString("checkedAt")).isNotNull();
    Map<String, JsonObject> reviews = reviews();
    assertThat(reviews).hasSize(3).doesNotContainKey(first);
    for (WorkerDraft alone : file.subList(0, 3)) {
      assertThat(reviews).doesNotContainKey(idOf(alone.nik()));
    }

    String sameName = idOf(file.get(3).nik());
    JsonObject review = reviews.get(sameName);
    assertThat(review.getString("status")).isEqualTo("OPEN");
    assertThat(review.getString("importId")).isEqualTo(job);
    assertThat(review.getString("openedBy")).isEqualTo("admin");
    assertThat(review.getString("reason")).isNull();
    // (the slip below is named too when its id came first: rows of one millisecond have no order)
    assertThat(candidates(review)).contains(first + " possible_duplicate")
        .isSubsetOf(first + " possible_duplicate", idOf(file.get(4).nik()) + " possible_duplicate");

    String slip = idOf(file.get(4).nik());
    assertThat(candidates(reviews.get(slip))).contains(first + " possible_duplicate_nik");
    assertThat(reviews.get(slip).getString("importId")).isEqualTo(job);

    // Of the two alike in the file, the one registered later is reviewed, naming the other.
    String e = idOf(file.get(5).nik());
    String f = idOf(file.get(6).nik());
    assertThat(reviews.containsKey(e)).isNotEqualTo(reviews.containsKey(f));
    String reviewed = reviews.containsKey(e) ? e : f;
    assertThat(candidates(reviews.get(reviewed))).containsExactly((reviewed.equals(e) ? f : e) + " possible_duplicate");

    // Held from enrolment until resolved, like a registration with possible duplicates.
    var enrol = server.post("/api/v1/workers/" + sameName + "/memberships", admin,
        MoneyFixture.enrolment("MANDIRI", 1_500_000, MoneyFixture.today(), "JKK", "JKM"));
    assertThat(enrol.statusCode()).as(enrol.bodyAsString()).isEqualTo(409);
    assertThat(enrol.bodyAsJsonObject().getString("code")).isEqualTo("duplicate_review_open");

    // Audited: each review opened, and the check's end with its count.
    var opened = server.get("/api/v1/audit?entityType=duplicate_review&entityId=" + review.getString("id"), admin)
        .bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(opened.getString("action")).isEqualTo("duplicate_review.opened");
    assertThat(opened.getJsonObject("after").getString("importId")).isEqualTo(job);
    var end = server.get("/api/v1/audit?entityType=worker_import&entityId=" + job, admin)
        .bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(end.getString("action")).isEqualTo("import.duplicates_checked");
    assertThat(end.getJsonObject("after").getInteger("duplicateReviews")).isEqualTo(3);

    // The same file again: nothing inserted, nothing more to review.
    String again = uploadCsv(server, admin, csv(file));
    assertThat(awaitEnd(server, admin, again).getInteger("inserted")).isZero();
    assertThat(awaitDuplicateCheck(server, admin, again).getJsonObject("duplicateCheck").getInteger("reviews")).isZero();
    assertThat(reviews()).hasSize(3);
  }
}
