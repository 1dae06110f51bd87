package id.ngopeni.api.bpjs;

import static id.ngopeni.api.bpjs.BpjsFixture.csv;
import static id.ngopeni.api.bpjs.BpjsFixture.nik;
import static id.ngopeni.api.bpjs.BpjsFixture.ok;
import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.failingFields;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Enrolments out to BPJS's bulk registration and BPJS's answer back in: KPJ filled, refusals listed. */
class BpjsRegistrationTest {
  private static final String ANSWERS = "/api/v1/bpjs/registrations/answers";
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("bpjs-registration");

  @Test
  void newEnrolmentsGoOutAndBpjsAnswerFillsKpjOrListsRefusals() throws Exception {
    List<DemoWorkers.Written> ws = f.workers(5);
    List<String> memberships = new ArrayList<>();
    List<String> niks = new ArrayList<>();
    for (var w : ws) {
      memberships.add(f.enrolled(w.id(), enrolment("MANDIRI", 1_000_000, today(), "JKK", "JKM")).getString("id"));
      niks.add(nik(f, w.id()));
    }

    // Masked unless asked in full with a purpose (issue 17); BPJS's own file is the full one.
    String masked = f.server.get("/api/v1/bpjs/registrations/export?format=CSV", f.admin).bodyAsString();
    assertThat(masked).contains(memberships.get(4)).doesNotContain(niks.get(0))
        .contains(niks.get(0).substring(0, 4) + "••••••••" + niks.get(0).substring(12));
    var csvExport = f.server.get("/api/v1/bpjs/registrations/export?format=CSV&purpose=BPJS_REGISTRATION", f.admin);
    assertThat(csvExport.statusCode()).isEqualTo(200);
    assertThat(csvExport.getHeader("Content-Type")).startsWith("text/csv");
    String[] lines = csvExport.bodyAsString().split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", RegistrationExport.COLUMNS));
    assertThat(lines).hasSize(6);
    assertThat(csvExport.bodyAsString()).contains(niks.get(0) + ",").contains(memberships.get(4));

    var xlsxExport = f.server.get("/api/v1/bpjs/registrations/export?format=XLSX&purpose=BPJS_REGISTRATION", f.admin);
    assertThat(xlsxExport.statusCode()).isEqualTo(200);
    try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsxExport.body().getBytes()))) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows).hasSize(6);
      assertThat(rows.get(0).getCellText(1)).isEqualTo("nik");
      assertThat(rows.stream().skip(1).map(r -> r.getCellText(1)).toList()).containsExactlyInAnyOrderElementsOf(niks);
    }

    // A wrong header: nothing read further.
    var wrongHeader = csv(f, ANSWERS, "no,kpj\n1,12345678901\n");
    assertThat(wrongHeader.statusCode()).isEqualTo(422);
    assertThat(wrongHeader.bodyAsJsonObject().getString("code")).isEqualTo("bpjs_file_rejected");
    assertThat(failingFields(wrongHeader)).contains("header.nik:bpjs_column_missing", "header.reason:bpjs_column_missing");

    // Every bad row reported by its row number, and nothing applied.
    String bad = "reference,nik,kpj,reason\n"
        + memberships.get(0) + "," + niks.get(0) + ",12345678901,\n"
        + "," + niks.get(1) + ",12-34,\n"
        + "," + "3573010101800009" + ",12345678902,\n"
        + memberships.get(0) + "," + niks.get(0) + ",12345678901,\n"
        + memberships.get(2) + "," + niks.get(3) + ",12345678903,\n"
        + "," + niks.get(4) + ",,\n";
    var rejected = csv(f, ANSWERS, bad);
    assertThat(rejected.statusCode()).as(rejected.bodyAsString()).isEqualTo(422);
    assertThat(failingFields(rejected)).containsExactlyInAnyOrder("rows[3].kpj:kpj_invalid",
        "rows[4].nik:participant_unknown", "rows[5].nik:participant_repeated", "rows[6].nik:participant_mismatch",
        "rows[7].kpj:answer_required");
    assertThat(state("PENDING")).hasSize(5);

    // The export plus BPJS's two columns: two registered (one found by NIK alone), one refused.
    String answer = "reference;nik;kpj;alasan\n"
        + memberships.get(0) + ";" + niks.get(0) + ";123.4567.8901;\n"
        + ";" + niks.get(1) + ";12345678902;\n"
        + memberships.get(2) + ";" + niks.get(2) + ";;NIK tidak terdaftar di Dukcapil\n";
    JsonObject applied = ok(csv(f, ANSWERS, answer));
    assertThat(applied.getInteger("registered")).isEqualTo(2);
    assertThat(applied.getInteger("refused")).isEqualTo(1);
    assertThat(applied.getBoolean("replayed")).isFalse();
    assertThat(applied.getJsonArray("refusals")).containsExactly(new JsonObject().put("row", 4)
        .put("membershipId", memberships.get(2)).put("reason", "NIK tidak terdaftar di Dukcapil"));
    assertThat(applied.getJsonArray("registrations").getJsonObject(0).getString("kpj")).isEqualTo("12345678901");
    assertThat(state("REGISTERED").stream().map(o -> o.getString("kpj")).toList())
        .containsExactlyInAnyOrder("12345678901", "12345678902");
    assertThat(state("REFUSED")).singleElement()
        .satisfies(o -> assertThat(o.getString("refusal")).isEqualTo("NIK tidak terdaftar di Dukcapil"));
    assertThat(state("PENDING")).hasSize(2);
    assertThat(f.server.get("/api/v1/bpjs/registrations", f.admin).bodyAsString()).doesNotContain(niks.get(0));

    // The same file again changes nothing and gives the first answer.
    JsonObject again = ok(csv(f, ANSWERS, answer));
    assertThat(again.getBoolean("replayed")).isTrue();
    assertThat(again.getString("fileId")).isEqualTo(applied.getString("fileId"));
    assertThat(state("REGISTERED")).hasSize(2);

    // A KPJ of another worker is refused; so is a second KPJ for a registered membership.
    var taken = csv(f, ANSWERS, "nik,kpj,reason\n" + niks.get(3) + ",12345678901,\n" + niks.get(1) + ",99999999999,\n");
    assertThat(failingFields(taken)).containsExactlyInAnyOrder("rows[2].kpj:kpj_taken", "rows[3].kpj:kpj_conflict");

    // XLSX answer: the refused worker registered after all, another one by NIK.
    Buffer xlsx = BpjsFixture.xlsx(List.of(List.of("NIK", "No KPJ", "Keterangan"),
        List.of(niks.get(2), "12345678903", ""), List.of(niks.get(3), "12345678904", "")));
    JsonObject fromXlsx = ok(BpjsFixture.upload(f, f.admin, ANSWERS, BpjsFixture.XLSX, xlsx));
    assertThat(fromXlsx.getInteger("registered")).isEqualTo(2);
    assertThat(state("REFUSED")).isEmpty();
    assertThat(state("PENDING")).singleElement()
        .satisfies(o -> assertThat(o.getString("membershipId")).isEqualTo(memberships.get(4)));

    // The export now holds only the one BPJS has not numbered.
    String left = f.server.get("/api/v1/bpjs/registrations/export?format=CSV", f.admin).bodyAsString();
    assertThat(left.split("\r\n")).hasSize(2);
    assertThat(left).contains(memberships.get(4));

    // The memberships carry their KPJ.
    JsonArray mine = f.server.get("/api/v1/workers/" + ws.get(0).id() + "/memberships", f.admin).bodyAsJsonObject()
        .getJsonArray("items");
    assertThat(mine.getJsonObject(0).getString("kpj")).isEqualTo("12345678901");
  }

  @Test
  void otherFileTypesAndRolesAreRefused() {
    var pdf = BpjsFixture.upload(f, f.admin, ANSWERS, "application/pdf", Buffer.buffer("%PDF-1.4"));
    assertThat(pdf.statusCode()).isEqualTo(415);
    assertThat(pdf.bodyAsJsonObject().getString("code")).isEqualTo("bpjs_format_unsupported");
    f.server.createUser(f.admin, "auditor", "Bakso-Bakar-Pahlawan", "AUDITOR", List.of());
    String auditor = f.server.login("auditor", "Bakso-Bakar-Pahlawan").getString("accessToken");
    assertThat(f.server.get("/api/v1/bpjs/registrations/export?format=CSV", auditor).statusCode()).isEqualTo(403);
    assertThat(f.server.get("/api/v1/bpjs/registrations", auditor).statusCode()).isEqualTo(200);
    assertThat(BpjsFixture.upload(f, auditor, ANSWERS, BpjsFixture.CSV, Buffer.buffer("nik,kpj,reason\n")).statusCode())
        .isEqualTo(403);
    var empty = csv(f, ANSWERS, "nik,kpj,reason\n");
    assertThat(failingFields(empty)).containsExactly("rows:bpjs_file_empty");
  }

  private static List<JsonObject> state(String state) {
    var r = f.server.get("/api/v1/bpjs/registrations?state=" + state, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  static UUID id(String s) {
    return UUID.fromString(s);
  }
}
