package id.ngopeni.api.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.subject.SubjectFixture.Person;
import id.ngopeni.api.worker.WorkerFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The report holds what BPJS reconciliation, santunan, the decree's processes, duplicate reviews
 * and the audit trail keep on the person — and nothing of another person who has the same kinds
 * of records. Everything is made through the API (enrolment, invoices, BPJS's bill, decisions,
 * santunan events, the death, the decree and its change and re-verification, the duplicate
 * registration and its review); no SQL.
 */
class SubjectReportHistoryTest {
  @RegisterExtension static final SubjectFixture f = new SubjectFixture("subject_history");
  private static final String SOURCE = "APBD";
  private static final String BILL_HEADER = "kpj,nik,nama,iuran,status,tgl_meninggal,kepesertaan_lain\n";

  private static JsonObject report(String nik) {
    var r = f.post("/api/v1/privacy/subject-report", f.admin, new JsonObject().put("nik", nik));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  private static String pdfText(String nik) throws Exception {
    var pdf = f.money.server.http.post("/api/v1/privacy/subject-report?format=PDF").putHeader("Authorization", "Bearer " + f.admin)
        .sendJsonObject(new JsonObject().put("nik", nik)).await();
    assertThat(pdf.statusCode()).as(pdf.bodyAsString()).isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(pdf.body().getBytes())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static JsonObject ok(io.vertx.ext.web.client.HttpResponse<Buffer> r, int status) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
    return r.bodyAsJsonObject();
  }

  /** The month's invoices generated and the APBD one paid. */
  private static void paid(YearMonth period) {
    JsonObject invoice = MoneyFixture.invoiceOf(f.money.generate(period), SOURCE);
    ok(f.post("/api/v1/premium-invoices/" + invoice.getString("id") + "/mark-paid", f.admin,
        new JsonObject().put("paidAt", MoneyFixture.today().toString()).put("reference", "SP2D-" + period)), 200);
  }

  private static JsonObject only(JsonArray items) {
    assertThat(items).hasSize(1);
    return items.getJsonObject(0);
  }

  @Test
  void everyRecordOfThePersonIsInTheReportAndNoneOfAnotherPersons() throws Exception {
    YearMonth m1 = MoneyFixture.currentMonth().minusMonths(3);
    YearMonth m2 = m1.plusMonths(1);
    Person a = f.person("Sumiati Rekonsiliasi");
    Person b = f.person("Paijo Lainnya");
    assertThat(f.money.putBudget(f.admin, MoneyFixture.currentMonth().getYear(), SOURCE, 1_000_000_000_000L).statusCode())
        .isIn(201, 412);
    for (Person p : List.of(a, b)) {
      f.money.enrolled(p.id(), MoneyFixture.enrolment(SOURCE, 1_000_000, m1.atDay(1), "JKK", "JKM"));
    }
    paid(m1);
    paid(m2);
    // BPJS bills both at another amount than the city's invoice: a difference each; hers is decided.
    var bill = f.money.server.http.post("/api/v1/bpjs/reconciliations?period=" + m1)
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("Content-Type", "text/csv")
        .putHeader("Idempotency-Key", java.util.UUID.randomUUID().toString())
        .sendBuffer(Buffer.buffer(BILL_HEADER + "," + a.nik() + ",Peserta,20000,AKTIF,,\n," + b.nik()
            + ",Peserta,20000,AKTIF,,\n")).await();
    String reconciliation = ok(bill, 201).getString("id");
    var differences = ok(f.get("/api/v1/bpjs/differences?reconciliationId=" + reconciliation, f.admin), 200)
        .getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    JsonObject hers = differences.stream().filter(d -> a.id().equals(d.getString("workerId"))).findFirst().orElseThrow();
    String hisDifference = differences.stream().filter(d -> b.id().equals(d.getString("workerId"))).findFirst()
        .orElseThrow().getString("id");
    ok(f.post("/api/v1/bpjs/differences/" + hers.getString("id") + "/resolve", f.admin,
        new JsonObject().put("action", "ACCEPT").put("reason", "BPJS menghitung upah lebih tinggi")), 200);
    // Santunan events: her death, his work accident.
    f.santunanEvent(a, "DEATH", m1.atDay(10));
    String hisEvent = f.santunanEvent(b, "WORK_ACCIDENT", m1.atDay(5)).getJsonArray("entitlements").getJsonObject(0)
        .getString("eventId");
    // The decree with both in its cohort, a change asked for her, her death, then the re-verification.
    int year = MoneyFixture.currentMonth().getYear();
    String decree = ok(f.post("/api/v1/decrees", f.admin, new JsonObject().put("fundingSource", SOURCE).put("year", year)
        .put("number", "188.45/90/35.73.112/" + year).put("decreeDate", LocalDate.now().toString())
        .put("basis", "ACTIVE_MEMBERSHIPS")), 201).getString("id");
    ok(f.post("/api/v1/decrees/" + decree + "/changes", f.operator, new JsonObject().put("workerId", a.id())
        .put("kind", "REMOVE").put("reason", "DIED").put("note", "Surat kematian kelurahan")), 201);
    JsonObject died = ok(f.post("/api/v1/workers/" + a.id() + "/death", f.admin,
        new JsonObject().put("deathDate", m1.atDay(10).toString())), 200);
    assertThat(died.getInteger("refundsDue")).isEqualTo(1);
    ok(f.post("/api/v1/decrees/" + decree + "/reverifications", f.operator, null), 201);
    // Her registration entered again, saved anyway, then found to be hers.
    JsonObject again = ok(f.post("/api/v1/workers", f.admin, WorkerFixture.worker("Hj. Sumiati Rekonsiliasi",
        LocalDate.of(1975, 6, 2), "F", WorkerFixture.KLOJEN).put("duplicateReason", "KTP berbeda, cek nanti")), 201);
    String twin = again.getString("id");
    String twinNik = f.money.nik(java.util.UUID.fromString(twin));
    var resolved = f.money.server.http.post("/api/v1/duplicate-reviews/" + again.getJsonObject("duplicateReview")
            .getString("id") + "/resolve").putHeader("Authorization", "Bearer " + f.admin).putHeader("If-Match", "\"1\"")
        .sendJsonObject(new JsonObject().put("resolution", "DUPLICATE").put("note", "Orang yang sama, didaftarkan dua kali")
            .put("duplicateOf", a.id())).await();
    ok(resolved, 200);

    JsonObject r = report(a.nik());
    JsonObject difference = only(r.getJsonArray("bpjsDifferences"));
    assertThat(difference.getString("period")).isEqualTo(m1.toString());
    assertThat(difference.getString("kind")).isEqualTo("AMOUNT_DIFFERS");
    assertThat(difference.getLong("bpjsAmount")).isEqualTo(20_000L);
    assertThat(difference.getString("status")).isEqualTo("RESOLVED");
    assertThat(difference.getString("action")).isEqualTo("ACCEPT");
    assertThat(difference.getString("reason")).isEqualTo("BPJS menghitung upah lebih tinggi");
    JsonObject refund = only(r.getJsonArray("bpjsRefunds"));
    assertThat(refund.getString("period")).isEqualTo(m2.toString());
    assertThat(refund.getString("status")).isEqualTo("DUE");
    assertThat(refund.getLong("amount")).isPositive();
    JsonObject event = only(r.getJsonArray("santunanEvents"));
    assertThat(event.getString("kind")).isEqualTo("DEATH");
    assertThat(event.getString("eventDate")).isEqualTo(m1.atDay(10).toString());
    assertThat(only(event.getJsonArray("entitlements")).getLong("amount")).isEqualTo(10_000_000L);
    assertThat(r.getJsonObject("death").getString("deathDate")).isEqualTo(m1.atDay(10).toString());
    assertThat(r.getJsonObject("death").getString("source")).isEqualTo("REGISTRY");
    JsonObject change = only(r.getJsonArray("decreeChanges"));
    assertThat(change.getString("kind")).isEqualTo("REMOVE");
    assertThat(change.getString("status")).isEqualTo("PENDING");
    assertThat(change.getString("note")).isEqualTo("Surat kematian kelurahan");
    JsonObject reverification = only(r.getJsonArray("reverifications"));
    assertThat(reverification.getBoolean("reverified")).isFalse();
    assertThat(reverification.getJsonArray("reasons").getList()).contains("DIED");
    JsonObject review = only(r.getJsonArray("duplicateReviews"));
    assertThat(review.getString("role")).isEqualTo("DUPLICATE_OF");
    assertThat(review.getString("status")).isEqualTo("RESOLVED_DUPLICATE");
    assertThat(review.getString("reason")).isNull();
    assertThat(review.getString("note")).isNull();
    assertThat(review.getJsonArray("why")).isEmpty();
    assertThat(r.getValue("removal")).isNull();
    JsonArray trail = r.getJsonObject("auditTrail").getJsonArray("items");
    assertThat(trail.stream().map(JsonObject.class::cast).map(e -> e.getString("action")))
        .contains("worker.created", "worker.death_recorded");
    assertThat(trail.stream().map(JsonObject.class::cast)).allSatisfy(e -> {
      assertThat(e.fieldNames()).containsExactlyInAnyOrder("at", "action", "username", "role");
      assertThat(e.getString("username")).isEqualTo("admin");
    });
    assertThat(r.getJsonObject("auditTrail").getBoolean("truncated")).isFalse();
    // Nothing of the other person, nor of the other registration.
    String all = r.encode();
    assertThat(all).doesNotContain(b.id(), b.nik(), b.name(), hisDifference, hisEvent, twin, twinNik,
        "Hj. Sumiati", "KTP berbeda", "Orang yang sama");

    // The other registration's own report: its review in full, and its removal.
    JsonObject twinReport = report(twinNik);
    JsonObject own = only(twinReport.getJsonArray("duplicateReviews"));
    assertThat(own.getString("role")).isEqualTo("SUBJECT");
    assertThat(own.getString("reason")).isEqualTo("KTP berbeda, cek nanti");
    assertThat(own.getString("note")).isEqualTo("Orang yang sama, didaftarkan dua kali");
    assertThat(own.getJsonArray("why").getList()).isNotEmpty();
    assertThat(twinReport.getJsonObject("removal").getString("reason")).isEqualTo("DUPLICATE");
    assertThat(twinReport.encode()).doesNotContain(a.id(), a.nik());

    String text = pdfText(a.nik());
    assertThat(text).contains("4. Tagihan iuran bulanan", "5. Rekonsiliasi tagihan BPJS: selisih", "jumlah berbeda",
        "6. Pengembalian iuran oleh BPJS", "belum diterima", "7. Klaim dan penanganan kasus",
        "8. Kejadian santunan daerah", "Santunan kematian (uji)", "9. Pembayaran santunan", "10. Kematian tercatat",
        "11. DTSEN", "12. SK penerima bantuan iuran", "13. Perubahan SK penerima", "Surat kematian kelurahan",
        "14. Verifikasi ulang penerima", "DIED", "15. Pemeriksaan data ganda dan penghapusan pendaftaran",
        "Pendaftaran lain dinilai sebagai data ganda", "16. Permintaan pembatasan dan koreksi",
        "17. Riwayat perubahan data (jejak audit)", "worker.death_recorded", "18. Riwayat akses data pribadi");
    assertThat(text).doesNotContain(b.name(), b.nik(), "Orang yang sama");
  }

  @Test
  void aPersonWithNoneOfTheseRecordsGetsEmptyListsAndNoDeathOrRemoval() throws Exception {
    Person p = f.person("Kosong Widodo");
    JsonObject r = report(p.nik());
    for (String list : List.of("bpjsDifferences", "bpjsRefunds", "santunanEvents", "decreeChanges", "reverifications",
        "duplicateReviews")) {
      assertThat(r.getJsonArray(list)).as(list).isNotNull().isEmpty();
    }
    assertThat(r.containsKey("death")).isTrue();
    assertThat(r.getValue("death")).isNull();
    assertThat(r.containsKey("removal")).isTrue();
    assertThat(r.getValue("removal")).isNull();
    // Her registration is on her record's audit trail, by whom.
    JsonObject created = only(r.getJsonObject("auditTrail").getJsonArray("items"));
    assertThat(created.getString("action")).isEqualTo("worker.created");
    assertThat(created.getString("username")).isEqualTo("admin");
    assertThat(pdfText(p.nik())).contains("10. Kematian tercatat", "Tidak ada.", "17. Riwayat perubahan data (jejak audit)",
        "worker.created");
  }
}
