package id.ngopeni.api.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.subject.SubjectFixture.Person;
import id.ngopeni.domain.privacy.Masks;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17 item 4: the report of everything held on one person, by NIK in a body, for the roles
 * that answer a data subject's request; as JSON and as a PDF in Indonesian; recorded in the access
 * log with its purpose and audited.
 */
class SubjectReportTest {
  @RegisterExtension static final SubjectFixture f = new SubjectFixture("subject_report");

  private static JsonObject report(String token, String nik) {
    var r = f.post("/api/v1/privacy/subject-report", token, new JsonObject().put("nik", nik));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  @Test
  void theReportHoldsEverySectionWithThePersonsOwnDataInFullAndOtherPeoplesMasked() {
    Person p = f.person("Sri Rahayu Lengkap");
    String spouse = f.heirs(p);
    f.membership(p);
    f.money.generate(MoneyFixture.currentMonth()); // this month's premium invoice names her
    String claim = f.claimWithDocument(p);
    String entitlement = f.santunan(p);
    String payout = f.payout(entitlement, spouse, 2_000_000L);
    f.decile(p, 3);
    int year = LocalDate.now().getYear();
    var decree = f.post("/api/v1/decrees", f.admin, new JsonObject().put("fundingSource", "DBHCHT").put("year", year)
        .put("number", "188.45/77/35.73.112/" + year).put("decreeDate", LocalDate.now().toString()).put("basis", "ACTIVE_MEMBERSHIPS"));
    assertThat(decree.statusCode()).as(decree.bodyAsString()).isEqualTo(201);
    f.get("/api/v1/workers/" + p.id(), f.operator); // a read the report must list

    JsonObject r = report(f.admin, p.nik());
    JsonObject person = r.getJsonObject("person");
    assertThat(person.getString("nik")).isEqualTo(p.nik());
    assertThat(person.getString("phone")).isEqualTo("+6281234567890");
    assertThat(person.getString("address")).isEqualTo("Jl. Kawi 12");
    assertThat(person.getBoolean("restricted")).isFalse();
    assertThat(r.getString("purpose")).isEqualTo("SUBJECT_REQUEST");
    assertThat(r.getJsonArray("heirs")).hasSize(2);
    JsonObject spouseRow = r.getJsonArray("heirs").stream().map(JsonObject.class::cast)
        .filter(h -> h.getString("relationship").equals("SPOUSE")).findFirst().orElseThrow();
    assertThat(spouseRow.getString("nik")).contains("••••••••");
    assertThat(r.getJsonArray("memberships").getJsonObject(0).getString("fundingSource")).isEqualTo("DBHCHT");
    JsonObject line = r.getJsonArray("invoiceLines").getJsonObject(0);
    assertThat(line.getString("period")).isEqualTo(MoneyFixture.currentMonth().toString());
    assertThat(line.getString("fundingSource")).isEqualTo("DBHCHT");
    assertThat(line.getString("invoiceStatus")).isEqualTo("UNPAID");
    assertThat(line.getString("fullName")).isEqualTo("Sri Rahayu Lengkap");
    assertThat(line.getJsonArray("programs").getList()).containsExactly("JKK", "JKM");
    assertThat(line.getLong("amount")).isPositive();
    JsonObject claimRow = r.getJsonArray("claims").getJsonObject(0);
    assertThat(claimRow.getString("id")).isEqualTo(claim);
    JsonObject document = claimRow.getJsonArray("documents").getJsonObject(0);
    assertThat(document.getString("kind")).isEqualTo("DEATH_CERTIFICATE");
    assertThat(document.getString("name")).isEqualTo("Akta kematian");
    assertThat(document.getString("sha256")).hasSize(64);
    assertThat(document.fieldNames()).doesNotContain("content", "bytes");
    JsonObject payoutRow = r.getJsonArray("payouts").getJsonObject(0);
    assertThat(payoutRow.getString("id")).isEqualTo(payout);
    assertThat(payoutRow.getString("accountNumber")).isEqualTo(Masks.accountNumber("012301000123305")).endsWith("3305");
    assertThat(r.getJsonObject("dtsen").getInteger("decile")).isEqualTo(3);
    assertThat(r.getJsonArray("decrees").getJsonObject(0).getString("number")).isEqualTo("188.45/77/35.73.112/" + year);
    // The operator's detail view and the report itself are in its access log section.
    JsonArray access = r.getJsonObject("accessLog").getJsonArray("items");
    assertThat(access.getJsonObject(0).getString("purpose")).isEqualTo("SUBJECT_REQUEST");
    assertThat(access.getJsonObject(0).getString("username")).isEqualTo("admin");
    assertThat(access.stream().map(JsonObject.class::cast)).anySatisfy(a -> {
      assertThat(a.getString("kind")).isEqualTo("DETAIL");
      assertThat(a.getString("username")).isEqualTo("subject.operator");
      assertThat(a.getString("role")).isEqualTo("OPERATOR");
      assertThat(a.getJsonArray("fields").getList()).contains("name");
    });
    assertThat(r.getJsonObject("accessLog").getBoolean("truncated")).isFalse();
  }

  @Test
  void theReportIsRecordedWithItsPurposeAndAuditedWithoutTheNik() {
    Person p = f.person("Tercatat Wibisono");
    report(f.operator, p.nik());

    var log = f.post("/api/v1/access-log/by-nik", f.auditor, new JsonObject().put("nik", p.nik()));
    JsonObject row = log.bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(row.getString("kind")).isEqualTo("REVEAL");
    assertThat(row.getString("purpose")).isEqualTo("SUBJECT_REQUEST");
    assertThat(row.getString("username")).isEqualTo("subject.operator");
    assertThat(row.getJsonArray("fields").getList()).contains("nik", "phone", "address");
    assertThat(row.getJsonObject("detail").getString("report")).isEqualTo("subject");

    JsonArray audit = f.audit("worker", p.id());
    JsonObject entry = audit.getJsonObject(0);
    assertThat(entry.getString("action")).isEqualTo("subject.report_issued");
    assertThat(entry.getJsonObject("after").getString("nikMasked")).isEqualTo(Masks.nik(p.nik()));
    assertThat(audit.encode()).doesNotContain(p.nik());
  }

  @Test
  void thePdfIsInIndonesianWithEverySectionAndPageNumbers() throws Exception {
    Person p = f.person("Dokumen Suharti");
    f.heirs(p);
    var pdf = f.money.server.http.post("/api/v1/privacy/subject-report?format=PDF").putHeader("Authorization", "Bearer " + f.admin)
        .sendJsonObject(new JsonObject().put("nik", p.nik())).await();
    assertThat(pdf.statusCode()).as(pdf.bodyAsString()).isEqualTo(200);
    assertThat(pdf.getHeader("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.getHeader("Content-Disposition")).contains("laporan-data-pribadi.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body().getBytes())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("LAPORAN DATA PRIBADI SUBJEK DATA", "Undang-Undang Nomor 27 Tahun 2022", p.nik(),
          "Dokumen Suharti", "2. Ahli waris", "Budi Suami", "3. Kepesertaan BPJS Ketenagakerjaan", "Tidak ada.",
          "4. Tagihan iuran bulanan", "11. DTSEN", "18. Riwayat akses data pribadi", "permintaan subjek data", "Halaman 1 dari");
    }
    assertThat(f.audit("worker", p.id()).getJsonObject(0).getJsonObject("after").getString("format")).isEqualTo("PDF");
  }

  @Test
  void onlyTheRolesThatAnswerASubjectsRequestGetTheReportAndTheNikStaysOutOfTheAddress() {
    Person p = f.person("Terlarang Kusuma");
    var byAuditor = f.post("/api/v1/privacy/subject-report", f.auditor, new JsonObject().put("nik", p.nik()));
    assertThat(byAuditor.statusCode()).isEqualTo(403);
    var byApprover = f.post("/api/v1/privacy/subject-report", f.approver, new JsonObject().put("nik", p.nik()));
    assertThat(byApprover.statusCode()).isEqualTo(403);
    var unknown = f.post("/api/v1/privacy/subject-report", f.admin, new JsonObject().put("nik", "3573020101800009"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(SubjectFixture.code(unknown)).isEqualTo("subject_not_found");
    var malformed = f.post("/api/v1/privacy/subject-report", f.admin, new JsonObject().put("nik", "12"));
    assertThat(malformed.statusCode()).isEqualTo(422);
    var extra = f.post("/api/v1/privacy/subject-report", f.admin, new JsonObject().put("nik", p.nik()).put("purpose", "PAYOUT"));
    assertThat(extra.statusCode()).isEqualTo(422);
    // A full export "for a subject request" is never allowed: the report is about one person.
    var export = f.get("/api/v1/workers/export.csv?purpose=SUBJECT_REQUEST", f.admin);
    assertThat(export.statusCode()).isEqualTo(403);
    assertThat(SubjectFixture.code(export)).isEqualTo("full_export_not_allowed");
  }
}
