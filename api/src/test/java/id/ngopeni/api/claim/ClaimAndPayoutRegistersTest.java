package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.report.ReportFiles;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The claim register and the payout register (issue 19.3) as the office prints them: each line
 * human-readable (names, statuses and types in words, amounts in rupiah), the totals and the
 * count per status held against the database, a field officer's register limited to their
 * kelurahan, and the people named recorded in the access log.
 */
class ClaimAndPayoutRegistersTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("registers");
  private static final LocalDate TODAY = Jakarta.today(Clock.systemUTC());
  private static final String PERIOD = "from=" + TODAY.minusDays(1) + "&to=" + TODAY;
  private static Pool db;

  @BeforeAll
  static void cases() {
    db = Pools.create(api.server.clientVertx, api.server.database, 1);
    ClaimsApi.Worker ani = api.deceasedWorker("Ani Suryani");
    api.verifiedClaim(ani);
    ClaimsApi.Worker budi = api.deceasedWorker("Budi Santoso");
    assertThat(api.fileDeathClaim(api.operator, budi.id()).statusCode()).isEqualTo(201);
    UUID elsewhere = api.registry.worker(ClaimsApi.OTHER_KELURAHAN, "Candra Wijaya");
    api.registry.membership(elsewhere, LocalDate.now().minusYears(2), 1_000_000);
    assertThat(api.fileDeathClaim(api.operator, elsewhere).statusCode()).isEqualTo(201);
    String payoutId = api.pendingPayout(api.santunan(ani).getString("id"), ani.spouse(), null);
    assertThat(api.post("/api/v1/payouts/" + payoutId + "/approve", api.approver, null).statusCode()).isEqualTo(200);
  }

  @AfterAll
  static void close() {
    db.close().await();
  }

  private static byte[] file(String path, String token) {
    HttpResponse<Buffer> r = api.get("/api/v1/reports/" + path, token);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.body().getBytes();
  }

  private static long number(Cell cell) {
    assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
    return cell.asNumber().longValueExact();
  }

  @Test
  void theClaimRegisterListsEveryClaimOfThePeriodInWordsWithItsTotals() {
    Map<String, Long> entitled = new HashMap<>();
    for (Row r : db.query("SELECT w.full_name, c.entitlement_total FROM claim c JOIN worker w ON w.id = c.worker_id")
        .execute().await()) {
      entitled.put(r.getString("full_name"), r.getLong("entitlement_total"));
    }
    assertThat(entitled).hasSize(3);
    byte[] xlsx = file("claims?" + PERIOD + "&format=XLSX", api.operator);
    ReportFiles.Sheet sheet = ReportFiles.xlsx(xlsx).get(0);
    int header = sheet.indexOf("No");
    int total = sheet.indexOf("Jumlah");
    List<List<Cell>> lines = sheet.rows().subList(header + 1, total);
    assertThat(lines).hasSize(3);
    long sum = 0;
    for (List<Cell> line : lines) {
      String name = line.get(2).getText();
      assertThat(number(line.get(7))).isEqualTo(entitled.get(name));
      assertThat(line.get(1).asDate().toLocalDate()).isEqualTo(TODAY);
      assertThat(line.get(4).getText()).isEqualTo("JKM – kematian");
      assertThat(line.get(6).getText()).isEqualTo(name.equals("Ani Suryani") ? "Terverifikasi" : "Diajukan");
      sum += number(line.get(7));
    }
    assertThat(number(sheet.rows().get(total).get(7))).isEqualTo(sum);
    assertThat(sheet.rows().get(total + 1).get(0).getText()).isEqualTo("Menurut status: Terverifikasi 1; Diajukan 2");

    String pdf = ReportFiles.pdfText(file("claims?" + PERIOD, api.auditor));
    assertThat(pdf).contains("REGISTER KLAIM", "Ani Suryani", "Budi Santoso", "Candra Wijaya", "Terverifikasi", "Diajukan",
        Rupiah.of(sum).toString(), "3 klaim", "Dicetak ", "oleh auditor", "Halaman 1 dari 1");
    assertThat(pdf).doesNotContain(RegistryFixtures.NIK_PREFIX);

    Row access = db.query("SELECT kind, person_ids FROM personal_data_access WHERE detail ->> 'export' = 'claims' "
        + "ORDER BY id DESC LIMIT 1").execute().await().iterator().next();
    assertThat(access.getString("kind")).isEqualTo("EXPORT");
    assertThat(access.getArrayOfUUIDs("person_ids")).hasSize(3);
  }

  @Test
  void aFieldOfficersRegisterHoldsTheirKelurahanOnlyAndAStatusNarrowsIt() {
    String officer = ReportFiles.pdfText(file("claims?" + PERIOD, api.fieldOfficer));
    assertThat(officer).contains("Ani Suryani", "Budi Santoso", "Wilayah: kelurahan " + ClaimsApi.KELURAHAN)
        .doesNotContain("Candra Wijaya");
    String verified = ReportFiles.pdfText(file("claims?" + PERIOD + "&status=VERIFIED", api.operator));
    assertThat(verified).contains("Ani Suryani", "Status: Terverifikasi").doesNotContain("Budi Santoso");
    String yesterday = ReportFiles.pdfText(file("claims?from=" + TODAY.minusDays(3) + "&to=" + TODAY.minusDays(1),
        api.operator));
    assertThat(yesterday).contains("0 klaim").doesNotContain("Ani Suryani");
  }

  @Test
  void thePayoutRegisterNamesWorkerAndBeneficiaryWithStatusAndAmount() {
    Row payout = db.query("SELECT amount, heir_name FROM payout").execute().await().iterator().next();
    ReportFiles.Sheet sheet = ReportFiles.xlsx(file("payouts?" + PERIOD + "&format=XLSX", api.approver)).get(0);
    List<Cell> line = sheet.rows().get(sheet.indexOf("No") + 1);
    assertThat(line.get(2).getText()).isEqualTo("Ani Suryani");
    assertThat(line.get(3).getText()).isEqualTo(payout.getString("heir_name"));
    assertThat(line.get(4).getText()).isEqualTo("Suami/istri");
    assertThat(number(line.get(6))).isEqualTo(payout.getLong("amount")).isEqualTo(ClaimsApi.SANTUNAN_DEATH);
    assertThat(line.get(7).getText()).isEqualTo("Disetujui");
    assertThat(line.get(8).getText()).isEqualTo("approver");
    assertThat(number(sheet.rowStarting("Jumlah").get(6))).isEqualTo(ClaimsApi.SANTUNAN_DEATH);
    String pdf = ReportFiles.pdfText(file("payouts?" + PERIOD + "&status=APPROVED", api.operator));
    assertThat(pdf).contains("REGISTER PEMBAYARAN SANTUNAN KOTA", "Ani Suryani", "Menurut status: Disetujui 1 (Rp10.000.000)", "Jumlah");
  }

  @Test
  void refusals() {
    var backwards = api.get("/api/v1/reports/claims?from=" + TODAY + "&to=" + TODAY.minusDays(1), api.operator);
    assertThat(backwards.statusCode()).isEqualTo(422);
    JsonObject error = backwards.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field") + ":" + error.getString("code")).isEqualTo("to:report_period_invalid");
    var tooLong = api.get("/api/v1/reports/payouts?from=" + TODAY.minusDays(400) + "&to=" + TODAY, api.operator);
    assertThat(tooLong.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("report_period_invalid");
    var missing = api.get("/api/v1/reports/claims?status=NOPE", api.operator);
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(missing.bodyAsString()).contains("\"from\"", "\"to\"", "\"status\"");
    assertThat(api.get("/api/v1/reports/payouts?" + PERIOD, api.fieldOfficer).statusCode()).isEqualTo(403);
  }
}
