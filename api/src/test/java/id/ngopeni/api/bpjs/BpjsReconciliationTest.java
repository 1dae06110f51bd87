package id.ngopeni.api.bpjs;

import static id.ngopeni.api.bpjs.BpjsFixture.csv;
import static id.ngopeni.api.bpjs.BpjsFixture.ok;
import static id.ngopeni.api.bpjs.BpjsWalk.bill;
import static id.ngopeni.api.bpjs.BpjsWalk.created;
import static id.ngopeni.api.bpjs.BpjsWalk.differences;
import static id.ngopeni.api.bpjs.BpjsWalk.invoiceAndPay;
import static id.ngopeni.api.bpjs.BpjsWalk.of;
import static id.ngopeni.api.bpjs.BpjsWalk.reconciliation;
import static id.ngopeni.api.bpjs.BpjsWalk.resolve;
import static id.ngopeni.api.membership.MoneyFixture.failingFields;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.bpjs.BpjsWalk.Person;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Enrol → BPJS's registration answer → three monthly reconciliations with every kind of
 * difference and a decision on each; the reconciled invoice is what is paid.
 */
class BpjsReconciliationTest {
  private static final String HEADER = "kpj,nik,nama,iuran,status,tgl_meninggal,kepesertaan_lain";
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("bpjs-reconciliation");

  private static String row(String kpj, Person p, String amount, String status, String died, String other) {
    return String.join(",", kpj, p.nik(), "Peserta", amount, status, died, other);
  }

  @Test
  void threeMonthsOfBpjsBillsAreReconciledAndEveryDifferenceDecided() {
    YearMonth m1 = YearMonth.from(MoneyFixture.today()).minusMonths(3);
    YearMonth m2 = m1.plusMonths(1);
    YearMonth m3 = m2.plusMonths(1);
    List<Person> p = BpjsWalk.enrol(f, 8, m1);
    Person outsider = BpjsWalk.registered(f);
    String[] kpj = new String[8];
    StringBuilder answer = new StringBuilder("reference,nik,kpj,reason\n");
    for (int i = 0; i < 7; i++) {
      kpj[i] = "1200000000" + i;
      answer.append(p.get(i).membershipId()).append(',').append(p.get(i).nik()).append(',').append(kpj[i]).append(",\n");
    }
    answer.append(p.get(7).membershipId()).append(',').append(p.get(7).nik()).append(",,Data tidak lengkap\n");
    ok(csv(f, "/api/v1/bpjs/registrations/answers", answer.toString()));
    JsonObject invoice1 = invoiceAndPay(f, m1);
    assertThat(invoice1.getLong("total")).isEqualTo(8 * 16_800L);

    // Month 1, first a wrong file: every bad row listed, nothing kept.
    var wrongHeader = bill(f, m1, "kpj,nama,tagihan", List.of(kpj[0] + ",X,16800"));
    assertThat(failingFields(wrongHeader)).contains("header.nik:bpjs_column_missing", "header.status:bpjs_column_missing");
    var bad = bill(f, m1, HEADER, List.of(
        row(kpj[0], p.get(0), "16800", "AKTIF", "", ""),
        row("", new Person(null, null, "3573010101900099"), "16800", "AKTIF", "", ""),
        row(kpj[1], p.get(1), "16.800", "AKTIF", "", ""),
        row(kpj[1], p.get(1), "16.800", "AKTIF", "", ""),
        row(kpj[2], p.get(2), "enam belas ribu", "AKTIF", "", "")));
    assertThat(bad.statusCode()).as(bad.bodyAsString()).isEqualTo(422);
    assertThat(failingFields(bad)).containsExactly("rows[6].amount:bill_amount_invalid");
    var unknownAndRepeated = bill(f, m1, HEADER, List.of(
        row(kpj[0], p.get(0), "16800", "AKTIF", "", ""),
        row("", new Person(null, null, "3573010101900099"), "16800", "AKTIF", "", ""),
        row(kpj[1], p.get(1), "16.800", "AKTIF", "", ""),
        row("", p.get(1), "16800", "AKTIF", "", "")));
    assertThat(failingFields(unknownAndRepeated)).containsExactlyInAnyOrder("rows[3].nik:participant_unknown",
        "rows[5].nik:participant_repeated");
    assertThat(f.server.get(BpjsWalk.RECONCILIATIONS, f.admin).bodyAsJsonObject().getJsonArray("items")).isEmpty();

    // Month 1: matched by KPJ, and by NIK where BPJS wrote no KPJ; every other kind once.
    List<String> month1 = List.of(
        row(kpj[0], p.get(0), "16800", "AKTIF", "", ""),
        row("", p.get(1), "16.800", "AKTIF", "", ""),
        row(kpj[2], p.get(2), "20000", "AKTIF", "", ""),
        row(kpj[4], p.get(4), "16800", "NONAKTIF", "", ""),
        row(kpj[5], p.get(5), "16800", "AKTIF", "", "PU"),
        row(kpj[6], p.get(6), "16800", "AKTIF", "", ""),
        row("", p.get(7), "16800", "AKTIF", "", ""),
        row("", outsider, "16800", "AKTIF", "", ""));
    JsonObject r1 = created(bill(f, m1, HEADER, month1));
    assertThat(r1.getInteger("rows")).isEqualTo(8);
    assertThat(r1.getInteger("matched")).isEqualTo(4);
    assertThat(r1.getJsonObject("differences").getMap()).containsOnly(
        java.util.Map.entry("AMOUNT_DIFFERS", 1), java.util.Map.entry("NOT_AT_BPJS", 1),
        java.util.Map.entry("INACTIVE_AT_BPJS", 1), java.util.Map.entry("COVERED_TWICE", 1),
        java.util.Map.entry("BILLED_NOT_INVOICED", 1));
    assertThat(r1.getString("status")).isEqualTo("OPEN");
    var again = bill(f, m1, HEADER, month1);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.bodyAsJsonObject().getBoolean("replayed")).isTrue();
    assertThat(again.bodyAsJsonObject().getString("id")).isEqualTo(r1.getString("id"));
    var another = bill(f, m1, HEADER, month1.subList(0, 7));
    assertThat(another.statusCode()).isEqualTo(409);
    assertThat(another.bodyAsJsonObject().getString("code")).isEqualTo("reconciliation_exists");
    // The same bytes offered as the next month's bill are the wrong file, not month 1's answer.
    var wrongMonth = bill(f, m2, HEADER, month1);
    assertThat(wrongMonth.statusCode()).as(wrongMonth.bodyAsString()).isEqualTo(409);
    assertThat(wrongMonth.bodyAsJsonObject().getString("code")).isEqualTo("bill_of_another_month");
    assertThat(wrongMonth.bodyAsJsonObject().getString("reconciledPeriod")).isEqualTo(m1.toString());

    List<JsonObject> d1 = differences(f, r1.getString("id"));
    assertThat(d1).hasSize(5).allSatisfy(d -> assertThat(d.encode()).doesNotContain(p.get(0).nik()));
    var noReason = f.server.post("/api/v1/bpjs/differences/" + of(d1, p.get(2)).getString("id") + "/resolve", f.admin,
        new JsonObject().put("action", "ACCEPT"));
    assertThat(failingFields(noReason)).containsExactly("reason:required");
    assertThat(resolve(f, of(d1, p.get(2)), "ACCEPT", "BPJS priced a higher income").getLong("amountToPay"))
        .isEqualTo(20_000L);
    assertThat(resolve(f, of(d1, p.get(3)), "FIX", null).getLong("amountToPay")).isEqualTo(16_800L);
    assertThat(resolve(f, of(d1, p.get(4)), "END_MEMBERSHIP", "Inactive at BPJS").getLong("amountToPay")).isZero();
    assertThat(resolve(f, of(d1, p.get(5)), "END_MEMBERSHIP", "Wage worker at a factory").getLong("amountToPay"))
        .isZero();
    assertThat(resolve(f, of(d1, outsider), "FIX", "BPJS removes: never enrolled by the city").getLong("amountToPay"))
        .isZero();
    var twice = f.server.post("/api/v1/bpjs/differences/" + of(d1, p.get(3)).getString("id") + "/resolve", f.admin,
        new JsonObject().put("action", "FIX"));
    assertThat(twice.statusCode()).isEqualTo(409);
    JsonObject done1 = reconciliation(f, r1.getString("id"));
    assertThat(done1.getString("status")).isEqualTo("RECONCILED");
    assertThat(done1.getLong("invoiced")).isEqualTo(8 * 16_800L);
    assertThat(done1.getLong("toPay")).isEqualTo(4 * 16_800L + 20_000L + 16_800L);
    assertThat(f.server.get("/api/v1/workers/" + p.get(4).workerId() + "/memberships", f.admin).bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("ENDED");

    // Month 2: the ended memberships are no longer invoiced; BPJS reports a death in month 1.
    JsonObject invoice2 = invoiceAndPay(f, m2);
    assertThat(invoice2.getInteger("lineCount")).isEqualTo(6);
    JsonObject r2 = created(bill(f, m2, HEADER, List.of(
        row(kpj[0], p.get(0), "16800", "AKTIF", "", ""),
        row(kpj[1], p.get(1), "16800", "AKTIF", "", ""),
        row(kpj[2], p.get(2), "16800", "AKTIF", "", ""),
        row(kpj[3], p.get(3), "16800", "AKTIF", "", ""),
        row(kpj[6], p.get(6), "16800", "AKTIF", m1.atDay(20).toString(), ""),
        row("", p.get(7), "16800", "AKTIF", "", ""))));
    assertThat(r2.getInteger("matched")).isEqualTo(5);
    List<JsonObject> d2 = differences(f, r2.getString("id"));
    assertThat(d2).singleElement().satisfies(d -> {
      assertThat(d.getString("kind")).isEqualTo("BILLED_AFTER_DEATH");
      assertThat(d.getString("detail")).isEqualTo("died " + m1.atDay(20));
    });
    resolve(f, d2.get(0), "END_MEMBERSHIP", "Died; heirs informed");
    assertThat(reconciliation(f, r2.getString("id")).getLong("toPay")).isEqualTo(5 * 16_800L);

    // Month 3, as XLSX: everything matches.
    invoiceAndPay(f, m3);
    List<List<String>> sheet = new java.util.ArrayList<>();
    sheet.add(List.of("No KPJ", "NIK", "Iuran", "Status Kepesertaan"));
    for (int i : new int[] {0, 1, 2, 3, 7}) {
      sheet.add(List.of(i < 7 ? kpj[i] : "", p.get(i).nik(), "16800", "AKTIF"));
    }
    var r3 = BpjsFixture.upload(f, f.admin, BpjsWalk.RECONCILIATIONS + "?period=" + m3, BpjsFixture.XLSX,
        BpjsFixture.xlsx(sheet));
    JsonObject done3 = created(r3);
    assertThat(done3.getInteger("matched")).isEqualTo(5);
    assertThat(done3.getString("status")).isEqualTo("RECONCILED");
    assertThat(done3.getLong("toPay")).isEqualTo(5 * 16_800L);
    assertThat(f.server.get(BpjsWalk.RECONCILIATIONS, f.admin).bodyAsJsonObject().getJsonArray("items")).hasSize(3);

    // A death in month 2, recorded after month 3 was paid and this month invoiced: the bill stops.
    JsonObject current = MoneyFixture.invoiceOf(f.generate(m3.plusMonths(1)), BpjsWalk.SOURCE);
    assertThat(current.getInteger("lineCount")).isEqualTo(5);
    String death = "/api/v1/workers/" + p.get(0).workerId() + "/death";
    var future = f.server.post(death, f.admin, new JsonObject().put("deathDate", MoneyFixture.today().plusDays(1)
        .toString()));
    assertThat(failingFields(future)).containsExactly("deathDate:death_in_future");
    var died = f.server.post(death, f.admin, new JsonObject().put("deathDate", m2.atDay(10).toString()));
    assertThat(died.statusCode()).as(died.bodyAsString()).isEqualTo(200);
    assertThat(died.bodyAsJsonObject().getString("membershipEndDate")).isEqualTo(m2.atEndOfMonth().toString());
    assertThat(died.bodyAsJsonObject().getInteger("refundsDue")).isEqualTo(1);
    assertThat(died.bodyAsJsonObject().getInteger("invoicesStopped")).isEqualTo(1);
    var sameAgain = f.server.post(death, f.admin, new JsonObject().put("deathDate", m2.atDay(10).toString()));
    assertThat(sameAgain.bodyAsJsonObject().getBoolean("replayed")).isTrue();
    var otherDate = f.server.post(death, f.admin, new JsonObject().put("deathDate", m2.atDay(11).toString()));
    assertThat(otherDate.statusCode()).isEqualTo(409);
    JsonObject stopped = f.server.get("/api/v1/premium-invoices/" + current.getString("id"), f.admin)
        .bodyAsJsonObject();
    assertThat(stopped.getInteger("lineCount")).isEqualTo(4);
    assertThat(stopped.getLong("total")).isEqualTo(4 * 16_800L);
    assertThat(f.server.get("/api/v1/workers/" + p.get(0).workerId() + "/memberships", f.admin).bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0).getString("endDate")).isEqualTo(m2.atEndOfMonth().toString());

    var due = f.server.get("/api/v1/bpjs/refunds?status=DUE", f.admin).bodyAsJsonObject().getJsonArray("items");
    assertThat(due).hasSize(1);
    JsonObject refund = due.getJsonObject(0);
    assertThat(refund.getString("period")).isEqualTo(m3.toString());
    assertThat(refund.getLong("amount")).isEqualTo(16_800L);
    assertThat(refund.encode()).doesNotContain(p.get(0).nik());
    var received = f.server.post("/api/v1/bpjs/refunds/" + refund.getString("id") + "/received", f.admin,
        new JsonObject().put("receivedOn", MoneyFixture.today().toString()).put("reference", "BPJS-RET-0001"));
    assertThat(received.statusCode()).as(received.bodyAsString()).isEqualTo(200);
    assertThat(received.bodyAsJsonObject().getString("status")).isEqualTo("RECEIVED");
    var receivedTwice = f.server.post("/api/v1/bpjs/refunds/" + refund.getString("id") + "/received", f.admin,
        new JsonObject().put("receivedOn", MoneyFixture.today().toString()).put("reference", "BPJS-RET-0001"));
    assertThat(receivedTwice.statusCode()).isEqualTo(409);
    assertThat(f.server.get("/api/v1/bpjs/refunds?status=DUE", f.admin).bodyAsJsonObject().getJsonArray("items"))
        .isEmpty();
    var audit = f.server.get("/api/v1/audit?limit=200", f.admin).bodyAsString();
    assertThat(audit).contains("worker.death_recorded", "bpjs.refunds_due", "bpjs.refund_received",
        "bpjs.difference_resolved", "bpjs.reconciliation_imported").doesNotContain(p.get(0).nik());
  }
}
