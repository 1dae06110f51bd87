package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.ImportFixtures.awaitDuplicateCheck;
import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.csv;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.Sex;
import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A worker enrolled before their import's duplicate check has reached them is checked at once:
 * a look-alike gets their review then, and the enrolment is refused as for any open review; a
 * worker without look-alikes is enrolled. The check is held back here by a key-share lock on the
 * import's row (the background check skips a locked import), after its first pass was undone.
 */
class ImportDuplicateCheckAtEnrolmentTest extends ImportTestSupport {
  private static final String KLOJEN = "35.73.02.1001";
  private static final LocalDate BORN = LocalDate.of(1971, 11, 30);

  private static String nik(int serial) {
    return Nik.of(new RegionCode("35.73.02"), BORN, Sex.F, serial).value();
  }

  private static WorkerDraft draft(String nik, String name) {
    return new WorkerDraft(nik, name, BORN, "F", KLOJEN, "GURU_NGAJI", null, null);
  }

  private static String idOf(String nik) {
    var found = server.post("/api/v1/workers/lookup", admin, new JsonObject().put("nik", nik));
    assertThat(found.statusCode()).as(found.bodyAsString()).isEqualTo(200);
    return found.bodyAsJsonObject().getString("id");
  }

  private static io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> enrol(String workerId) {
    return server.post("/api/v1/workers/" + workerId + "/memberships", admin,
        MoneyFixture.enrolment("MANDIRI", 1_500_000, MoneyFixture.today(), "JKK", "JKM"));
  }

  @Test
  void aLookAlikeEnrolledBeforeTheCheckReachedThemIsHeldAndTheOthersAreEnrolled() {
    var registered = server.post("/api/v1/workers", admin, new JsonObject().put("nik", nik(1111))
        .put("fullName", "Suparmi Handayani").put("birthDate", BORN.toString()).put("sex", "F")
        .put("kelurahanCode", KLOJEN).put("category", "GURU_NGAJI"));
    assertThat(registered.statusCode()).as(registered.bodyAsString()).isEqualTo(201);
    String first = registered.bodyAsJsonObject().getString("id");
    List<WorkerDraft> file = List.of(draft(nik(2222), "Suparmi Handayani"), draft(nik(3333), "Kartini Maharani"));
    String job = uploadCsv(server, admin, csv(file));
    assertThat(awaitEnd(server, admin, job).getInteger("inserted")).isEqualTo(2);
    assertThat(awaitDuplicateCheck(server, admin, job).getJsonObject("duplicateCheck").getInteger("reviews")).isEqualTo(1);
    String lookAlike = idOf(file.get(0).nik());
    String other = idOf(file.get(1).nik());

    SqlConnection holder = db.getConnection().await();
    try {
      Transaction hold = holder.begin().await();
      holder.preparedQuery("SELECT 1 FROM worker_import WHERE id = $1 FOR KEY SHARE").execute(Tuple.of(UUID.fromString(job))).await();
      // Undo the first pass: the import is unchecked again, its review gone.
      db.preparedQuery("DELETE FROM duplicate_review WHERE import_id = $1").execute(Tuple.of(UUID.fromString(job))).await();
      db.preparedQuery("UPDATE worker_import SET duplicates_checked_at = NULL, duplicates_checked_to = NULL, duplicate_reviews = 0"
          + " WHERE id = $1").execute(Tuple.of(UUID.fromString(job))).await();
      assertThat(server.get("/api/v1/imports/" + job, admin).bodyAsJsonObject().getJsonObject("duplicateCheck")
          .getString("status")).isEqualTo("PENDING");

      var held = enrol(lookAlike);
      assertThat(held.statusCode()).as(held.bodyAsString()).isEqualTo(409);
      assertThat(held.bodyAsJsonObject().getString("code")).isEqualTo("duplicate_review_open");
      JsonObject review = server.get("/api/v1/duplicate-reviews?status=OPEN&limit=500", admin).bodyAsJsonObject()
          .getJsonArray("items").stream().map(JsonObject.class::cast)
          .filter(r -> r.getString("workerId").equals(lookAlike)).findFirst().orElseThrow();
      assertThat(review.getString("importId")).isEqualTo(job);
      assertThat(review.getJsonArray("candidateIds").getList()).containsExactly(first);

      var enrolled = enrol(other);
      assertThat(enrolled.statusCode()).as(enrolled.bodyAsString()).isEqualTo(201);
      hold.rollback().await();
    } finally {
      holder.close().await();
    }
    // The background check then goes over the import again and keeps the review already opened.
    JsonObject again = awaitDuplicateCheck(server, admin, job);
    assertThat(again.getJsonObject("duplicateCheck").getInteger("reviews")).isZero();
    assertThat(enrol(lookAlike).bodyAsJsonObject().getString("code")).isEqualTo("duplicate_review_open");
  }
}
