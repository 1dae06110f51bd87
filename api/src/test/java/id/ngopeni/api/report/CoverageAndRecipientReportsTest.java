package id.ngopeni.api.report;

import static id.ngopeni.api.membership.MoneyFixture.currentMonth;
import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.failingFields;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.testing.Sealed;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.privacy.Masks;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly coverage report and the month's recipients list, printed and as workbooks, held
 * against what the test wrote into the database: three APBD members in Klojen and two in Samaan,
 * a baseline for Klojen, the month's invoices.
 */
class CoverageAndRecipientReportsTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("reports");
  static final String KLOJEN = "35.73.02.1001";
  static final String SAMAAN = "35.73.02.1003";
  private static final YearMonth MONTH = currentMonth();
  private static final List<UUID> members = new ArrayList<>();

  @BeforeAll
  static void members() {
    f.budget(MONTH.getYear(), "APBD", 1_000_000_000L);
    List<DemoWorkers.Written> written = new ArrayList<>(f.workersIn(KLOJEN, 3));
    written.addAll(f.workersIn(SAMAAN, 2));
    for (DemoWorkers.Written w : written) {
      f.enrolled(w.id(), enrolment("APBD", 1_000_000, MONTH.atDay(1), "JKK", "JKM"));
      members.add(w.id());
    }
    var baseline = f.server.http.request(HttpMethod.PUT, "/api/v1/coverage/baselines/" + MONTH.getYear() + "/" + KLOJEN)
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("If-None-Match", "*")
        .sendJsonObject(new JsonObject().put("workforce", 1000).put("target", 500).put("reportedParticipants", 300)).await();
    assertThat(baseline.statusCode()).as(baseline.bodyAsString()).isEqualTo(201);
    f.generate(MONTH);
  }

  private static HttpResponse<Buffer> get(String path, String token) {
    return f.server.get("/api/v1/reports/" + path, token);
  }

  private static byte[] file(String path, String contentType) {
    var r = get(path, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(r.getHeader("Content-Type")).isEqualTo(contentType);
    assertThat(r.getHeader("Content-Disposition")).startsWith("attachment; filename=\"");
    return r.body().getBytes();
  }

  private static long single(String sql, Object... params) {
    return f.db.preparedQuery(sql).execute(Tuple.wrap(params)).await().iterator().next().getLong(0);
  }

  private static long number(Cell cell) {
    assertThat(cell.getType()).as("a number cell: " + cell).isEqualTo(CellType.NUMBER);
    return cell.asNumber().longValueExact();
  }

  @Test
  void theCoverageWorkbookHoldsTheDatabasesMembersByKelurahanCategoryAndSource() {
    byte[] xlsx = file("coverage?month=" + MONTH + "&format=XLSX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    List<ReportFiles.Sheet> sheets = ReportFiles.xlsx(xlsx);
    assertThat(sheets).extracting(ReportFiles.Sheet::name).containsExactly("Kelurahan", "Kategori", "Sumber dana");
    ReportFiles.Sheet areas = sheets.get(0);
    int header = areas.indexOf("Kecamatan");
    assertThat(ReportFiles.frozenRows(xlsx, 1)).isEqualTo(header + 1);
    List<Cell> klojen = areas.rows().stream().filter(r -> r.size() > 1 && "Klojen".equals(r.get(1).getText()))
        .findFirst().orElseThrow();
    long klojenActive = single("SELECT count(*) FROM membership m JOIN worker w ON w.id = m.worker_id "
        + "WHERE m.status = 'ACTIVE' AND w.kelurahan_code = $1", KLOJEN);
    assertThat(klojenActive).isEqualTo(3);
    assertThat(klojen.get(0).getText()).isEqualTo("Klojen");
    assertThat(number(klojen.get(2))).isEqualTo(klojenActive);
    assertThat(number(klojen.get(3))).isEqualTo(1000);
    assertThat(number(klojen.get(4))).isEqualTo(300);
    assertThat(klojen.get(5).asNumber()).isEqualByComparingTo("30.00");
    assertThat(number(klojen.get(6))).isEqualTo(500);
    assertThat(number(klojen.get(7))).isEqualTo(200);
    long klojenPremium = single("SELECT sum(l.amount) FROM premium_invoice_line l JOIN premium_invoice i ON i.id = l.invoice_id "
        + "WHERE i.period = $1 AND l.kelurahan_code = $2", MONTH.atDay(1), KLOJEN);
    assertThat(number(klojen.get(8))).isEqualTo(klojenPremium).isEqualTo(3 * 16_800L);
    List<Cell> city = areas.rowStarting("Kota");
    long active = single("SELECT count(*) FROM membership WHERE status = 'ACTIVE'");
    assertThat(number(city.get(2))).isEqualTo(active).isEqualTo(5);
    assertThat(number(city.get(8))).isEqualTo(single("SELECT total FROM premium_invoice WHERE period = $1 "
        + "AND funding_source = 'APBD'", MONTH.atDay(1)));
    List<Cell> apbd = sheets.get(2).rowStarting("APBD");
    assertThat(number(apbd.get(2))).isEqualTo(5);
    assertThat(sheets.get(1).rowStarting("Jumlah").get(2).asNumber()).isEqualByComparingTo("5");
  }

  @Test
  void theCoveragePdfIsALandscapeA4WithTheMonthTheBaselinesDateAndWhoPrintedIt() {
    byte[] pdf = file("coverage?month=" + MONTH, "application/pdf");
    float[] size = ReportFiles.pdfPageSize(pdf);
    assertThat(size[0]).isGreaterThan(size[1]);
    String text = ReportFiles.pdfText(pdf);
    assertThat(text).contains("LAPORAN CAKUPAN JAMINAN SOSIAL KETENAGAKERJAAN PEKERJA RENTAN",
        "Bulan " + MONTH.format(ReportText.MONTH), "Data dasar tahun " + MONTH.getYear(), "1 wilayah, terakhir dicatat",
        "oleh admin", "Halaman 1 dari ", "Dicetak ", "Klojen", "Samaan", "30,00 %", Rupiah.of(5 * 16_800L).toString());
  }

  @Test
  void theRecipientsListCarriesTheInvoicesControlTotalMaskedNiksAndTheHeadOfOfficesSignature() {
    Row invoice = f.db.preparedQuery("SELECT line_count, total FROM premium_invoice WHERE period = $1 AND funding_source = 'APBD'")
        .execute(Tuple.of(MONTH.atDay(1))).await().iterator().next();
    byte[] pdf = file("recipients?month=" + MONTH + "&fundingSource=APBD&format=PDF", "application/pdf");
    String text = ReportFiles.pdfText(pdf);
    assertThat(text).contains("DAFTAR NOMINATIF PENERIMA BANTUAN IURAN BPJS KETENAGAKERJAAN",
        "Jumlah kontrol: " + invoice.getInteger("line_count") + " orang, iuran " + Rupiah.of(invoice.getLong("total"))
            + " (sama dengan tagihan iuran bulan ini).", "KEPALA DINAS,", "NIP.", "Belum dibayar");
    Sealed sealed = Sealed.of(f.server);
    for (Row w : f.db.query("SELECT id, full_name FROM worker").execute().await()) {
      String nik = sealed.nikOf(f.db, w.getUUID("id"));
      assertThat(text).contains(w.getString("full_name"), Masks.nik(nik)).doesNotContain(nik);
    }

    byte[] xlsx = file("recipients?month=" + MONTH + "&fundingSource=APBD&format=XLSX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ReportFiles.Sheet sheet = ReportFiles.xlsx(xlsx).get(0);
    int header = sheet.indexOf("No");
    int total = sheet.indexOf("Jumlah");
    long sum = 0;
    for (List<Cell> line : sheet.rows().subList(header + 1, total)) {
      sum += number(line.get(7));
      assertThat(number(line.get(6))).isEqualTo(1_000_000);
    }
    assertThat(total - header - 1).isEqualTo(invoice.getInteger("line_count"));
    assertThat(sum).isEqualTo(invoice.getLong("total")).isEqualTo(number(sheet.rows().get(total).get(7)));

    Row access = f.db.query("SELECT kind, person_ids, fields FROM personal_data_access WHERE detail ->> 'export' = 'recipients' "
        + "ORDER BY id DESC LIMIT 1").execute().await().iterator().next();
    assertThat(access.getString("kind")).isEqualTo("EXPORT");
    assertThat(access.getArrayOfUUIDs("person_ids")).containsExactlyInAnyOrderElementsOf(members);
    assertThat(access.getArrayOfStrings("fields")).containsExactly("name");
  }

  @Test
  void refusals() {
    assertThat(failingFields(get("coverage?month=" + MONTH.plusMonths(1), f.admin))).containsExactly("month:report_month_invalid");
    assertThat(failingFields(get("coverage?month=juni", f.admin))).containsExactly("month:report_month_invalid");
    assertThat(failingFields(get("coverage", f.admin))).containsExactly("month:required");
    assertThat(failingFields(get("coverage?month=" + MONTH + "&format=DOCX&groupBy=x", f.admin)))
        .containsExactlyInAnyOrder("format:value_unknown", "groupBy:unknown_parameter");
    assertThat(failingFields(get("recipients?month=" + MONTH, f.admin))).containsExactly("fundingSource:required");
    var none = get("recipients?month=" + MONTH + "&fundingSource=DBHCHT", f.admin);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.bodyAsJsonObject().getString("code")).isEqualTo("invoice_not_found");
    f.server.createUser(f.admin, "petugas.laporan", "Rawon-Nguling-Malang-77", "FIELD_OFFICER", List.of(KLOJEN));
    String officer = f.server.login("petugas.laporan", "Rawon-Nguling-Malang-77").getString("accessToken");
    assertThat(get("coverage?month=" + MONTH, officer).statusCode()).isEqualTo(403);
    assertThat(get("recipients?month=" + MONTH + "&fundingSource=APBD", officer).statusCode()).isEqualTo(403);
  }
}
