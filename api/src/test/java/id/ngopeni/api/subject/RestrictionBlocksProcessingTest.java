package id.ngopeni.api.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.subject.SubjectFixture.Person;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17 item 4, "restriction blocking each kind of processing": while a person's restriction
 * applies they are not enrolled, not in the worker export, the BPJS registration file or the
 * decree list (each says how many it held back), and no payout of theirs is made, approved or
 * batched; lifted, processing resumes.
 */
class RestrictionBlocksProcessingTest {
  @RegisterExtension static final SubjectFixture f = new SubjectFixture("subject_blocks");

  private static String restrict(Person p) {
    var r = f.post("/api/v1/privacy/restrictions", f.admin, new JsonObject().put("nik", p.nik()).put("reason", "Permohonan tertulis"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    String id = r.bodyAsJsonObject().getString("id");
    var applied = f.post("/api/v1/privacy/restrictions/" + id + "/apply", f.admin, null);
    assertThat(applied.statusCode()).as(applied.bodyAsString()).isEqualTo(200);
    return id;
  }

  private static void lift(String restriction) {
    var lifted = f.post("/api/v1/privacy/restrictions/" + restriction + "/lift", f.admin, new JsonObject().put("reason", "Dicabut"));
    assertThat(lifted.statusCode()).as(lifted.bodyAsString()).isEqualTo(200);
  }

  @Test
  void aRestrictedPersonIsNotEnrolledUntilTheRestrictionIsLifted() {
    Person p = f.person("Belum Didaftar");
    String restriction = restrict(p);
    JsonObject enrolment = MoneyFixture.enrolment("MANDIRI", 1_500_000, MoneyFixture.today(), "JKK", "JKM");
    var refused = f.money.enrol(f.admin, p.id(), enrolment);
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(409);
    assertThat(SubjectFixture.code(refused)).isEqualTo("person_restricted");
    assertThat(f.get("/api/v1/workers/" + p.id() + "/memberships", f.admin).bodyAsString()).doesNotContain("\"ACTIVE\"");
    lift(restriction);
    assertThat(f.money.enrol(f.admin, p.id(), enrolment).statusCode()).isEqualTo(201);
  }

  @Test
  void exportsLeaveARestrictedPersonOutAndSayHowManyTheyHeldBack() throws Exception {
    Person kept = f.person("Ekspor Tetap");
    Person held = f.person("Ekspor Ditahan");
    f.membership(kept);
    f.membership(held);
    int year = LocalDate.now().getYear();
    var decree = f.post("/api/v1/decrees", f.admin, new JsonObject().put("fundingSource", "DBHCHT").put("year", year)
        .put("number", "188.45/12/35.73.112/" + year).put("decreeDate", LocalDate.now().toString()).put("basis", "ACTIVE_MEMBERSHIPS"));
    assertThat(decree.statusCode()).as(decree.bodyAsString()).isEqualTo(201);
    String decreeId = decree.bodyAsJsonObject().getString("id");
    String restriction = restrict(held);

    var workers = f.get("/api/v1/workers/export.csv?q=Ekspor", f.admin);
    assertThat(workers.statusCode()).isEqualTo(200);
    assertThat(workers.getHeader("Held-Back")).isEqualTo("1");
    assertThat(workers.bodyAsString()).contains("Ekspor Tetap").doesNotContain("Ekspor Ditahan");
    var full = f.get("/api/v1/workers/export.csv?q=Ekspor&purpose=BPJS_REGISTRATION", f.operator);
    assertThat(full.bodyAsString()).contains(kept.nik()).doesNotContain(held.nik());
    assertThat(f.get("/api/v1/workers/export.csv?q=Tetap", f.admin).getHeader("Held-Back")).as("the filter matched nobody held").isEqualTo("0");

    var bpjs = f.get("/api/v1/bpjs/registrations/export?format=CSV", f.admin);
    assertThat(bpjs.statusCode()).isEqualTo(200);
    assertThat(bpjs.getHeader("Held-Back")).isEqualTo("1");
    assertThat(bpjs.bodyAsString()).contains("Ekspor Tetap").doesNotContain("Ekspor Ditahan");

    var list = f.get("/api/v1/decrees/" + decreeId + "/list?format=PDF", f.admin);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.getHeader("Held-Back")).isEqualTo("1");
    try (PDDocument doc = Loader.loadPDF(list.body().getBytes())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Ekspor Tetap", "Tidak dicantumkan karena pembatasan pemrosesan data pribadi: 1 orang")
          .doesNotContain("Ekspor Ditahan");
    }
    assertThat(f.get("/api/v1/decrees/" + decreeId + "/list?format=XLSX", f.admin).getHeader("Held-Back")).isEqualTo("1");
    var sheet = f.get("/api/v1/workers/export.pdf?q=Ekspor", f.admin);
    assertThat(sheet.statusCode()).as(sheet.bodyAsString()).isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(sheet.body().getBytes())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Ekspor Tetap", "Tidak dicantumkan karena pembatasan pemrosesan data pribadi: 1 orang")
          .doesNotContain("Ekspor Ditahan");
    }

    lift(restriction);
    assertThat(f.get("/api/v1/workers/export.csv?q=Ekspor", f.admin).bodyAsString()).contains("Ekspor Ditahan");
    assertThat(f.get("/api/v1/decrees/" + decreeId + "/list?format=PDF", f.admin).getHeader("Held-Back")).isEqualTo("0");
  }

  @Test
  void noPayoutOfARestrictedPersonIsMadeApprovedOrBatched() {
    Person restricted = f.person("Santunan Ditahan");
    Person other = f.person("Santunan Lancar");
    for (Person p : new Person[] {restricted, other}) {
      f.membership(p);
    }
    String heir = f.heirs(restricted);
    String otherHeir = f.heirs(other);
    String entitlement = f.santunan(restricted);
    String otherEntitlement = f.santunan(other);
    String pending = f.payout(entitlement, heir, 1_000_000L);
    String approved = f.payout(entitlement, heir, 2_000_000L);
    String otherApproved = f.payout(otherEntitlement, otherHeir, 3_000_000L);
    for (String id : new String[] {approved, otherApproved}) {
      var ok = f.post("/api/v1/payouts/" + id + "/approve", f.approver, null);
      assertThat(ok.statusCode()).as(ok.bodyAsString()).isEqualTo(200);
    }
    String restriction = restrict(restricted);

    var made = f.createPayout(entitlement, heir, 500_000L);
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(409);
    assertThat(SubjectFixture.code(made)).isEqualTo("person_restricted");
    var approval = f.post("/api/v1/payouts/" + pending + "/approve", f.approver, null);
    assertThat(approval.statusCode()).isEqualTo(409);
    assertThat(SubjectFixture.code(approval)).isEqualTo("person_restricted");
    var named = f.post("/api/v1/payout-batches", f.operator, new JsonObject().put("payoutIds", new JsonArray().add(approved)));
    assertThat(named.statusCode()).isEqualTo(409);
    assertThat(SubjectFixture.code(named)).isEqualTo("person_restricted");
    var unnamed = f.post("/api/v1/payout-batches", f.operator, new JsonObject());
    assertThat(unnamed.statusCode()).as(unnamed.bodyAsString()).isEqualTo(201);
    assertThat(unnamed.bodyAsJsonObject().getInteger("heldBack")).isEqualTo(1);
    assertThat(unnamed.bodyAsJsonObject().getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("payoutId")))
        .containsExactly(otherApproved);
    // Stopping is still possible: the pending payout may be rejected.
    assertThat(f.post("/api/v1/payouts/" + pending + "/reject", f.approver, new JsonObject().put("reason", "Dibatasi"))
        .statusCode()).isEqualTo(200);

    lift(restriction);
    assertThat(f.createPayout(entitlement, heir, 500_000L).statusCode()).isEqualTo(201);
    var later = f.post("/api/v1/payout-batches", f.operator, new JsonObject().put("payoutIds", new JsonArray().add(approved)));
    assertThat(later.statusCode()).as(later.bodyAsString()).isEqualTo(201);
  }
}
