package id.ngopeni.api.console;

import id.ngopeni.api.testing.InvoiceRuns;
import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms that were API only, in a real Chromium: an ADMIN creates and edits a santunan
 * programme and changes a service clock's duration, an OPERATOR records a santunan event from the worker's page, files a JKK
 * incapacity claim, sees the unpaid months a claim's cover waits for, and closes a flagged
 * case's follow-up. Each refusal shows under its field and saves nothing.
 */
class SantunanAndCaseFormsConsoleTest extends BrowserTest {
  static final String PASSWORD = "Cwie-Mie-Malang-Kayutangan-7";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  private static Locator dialog(Page page) {
    return page.getByRole(AriaRole.DIALOG);
  }

  @Test
  void anAdminCreatesAndEditsAProgrammeAndAnOperatorRecordsAnEventThatGivesASantunan() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    server.createUser(adminToken, "dewi.admin", PASSWORD, "ADMIN", List.of());
    server.createUser(adminToken, "bayu.operator", PASSWORD, "OPERATOR", List.of());
    String worker = fixtures.worker(adminToken, "Mulyadi Prasetyo", LocalDate.of(1960, 4, 12), "M",
        ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.activeMembership(worker, LocalDate.now().minusYears(2));
    String name = "Santunan kecelakaan kerja linmas dan marbot";

    try (Tab tab = signedIn("dewi.admin", PASSWORD)) {
      Page page = tab.page;
      page.navigate(page.url().replaceAll("#.*$", "") + "#/santunan");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Program baru")).click();
      Locator form = dialog(page);
      expect(form.getByRole(AriaRole.HEADING)).hasText("Program santunan baru");
      form.getByLabel("Nama").fill(name);
      form.getByLabel("Peraturan", new Locator.GetByLabelOptions().setExact(true)).fill("Perwali Kota Malang No. 9 Tahun 2025");
      form.getByLabel("Tanggal peraturan").fill(TODAY.minusMonths(3).toString());
      form.getByLabel("Berlaku sejak").fill(TODAY.minusMonths(2).toString());
      form.getByLabel("Berlaku sampai").fill(TODAY.minusMonths(3).toString());
      form.getByLabel("Per kecelakaan kerja (Rp)").fill("5.000.000");
      form.getByLabel("Sumber anggaran").selectOption("APBD");
      form.getByLabel("Pagu anggaran").fill("250.000.000");
      form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buat program")).click();
      expect(form.locator("[data-field=effectiveTo] .field-error")).hasText("Tanggal akhir sebelum tanggal mulai.");
      assertThat(server.get("/api/v1/santunan-programmes", adminToken).bodyAsJsonObject().getJsonArray("items")).isEmpty();

      form.getByLabel("Berlaku sampai").fill("");
      form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buat program")).click();
      expect(heading(page)).hasText(name);
      expect(page.locator("dl.facts")).containsText("Rp5.000.000 per kecelakaan kerja");
      expect(page.locator("dl.facts")).containsText("Rp250.000.000");
      tab.screenshot("santunan-programme-created");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ubah program")).click();
      Locator edit = dialog(page);
      expect(edit.getByLabel("Nama")).hasValue(name);
      edit.getByLabel("Pagu anggaran").fill("300.000.000");
      edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan")).click();
      expect(page.locator("dl.facts")).containsText("Rp300.000.000");
      JsonObject stored = server.get("/api/v1/santunan-programmes", adminToken).bodyAsJsonObject()
          .getJsonArray("items").getJsonObject(0);
      assertThat(stored.getLong("budgetCeiling")).isEqualTo(300_000_000L);
      assertThat(stored.getInteger("version")).isEqualTo(2);

      // The clocks' durations: an admin changes one from a later date; running clocks keep theirs.
      page.navigate(page.url().replaceAll("#.*$", "") + "#/cases-overdue");
      Locator durations = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Ubah durasi"));
      String from = TODAY.plusDays(30).toString();
      durations.getByLabel("Batas waktu").selectOption("ACCIDENT_REPORT");
      durations.getByLabel("Berlaku sejak").fill(from);
      durations.getByLabel("Durasi").fill("0");
      durations.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tambah")).click();
      expect(durations.locator("[data-field=amount] .field-error")).hasText("Bilangan bulat 1 sampai 365.");
      durations.getByLabel("Durasi").fill("24");
      durations.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tambah")).click();
      expect(page.locator("tr[data-duration='ACCIDENT_REPORT@" + from + "']")).containsText("24 jam");
      expect(page.locator("tr[data-duration='ACCIDENT_REPORT@2015-07-01']")).containsText("Berlaku hari ini");
      tab.screenshot("service-durations");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/santunan-programmes"), httpStatus(422, "/service-durations"));
    }

    try (Tab tab = signedIn("bayu.operator", PASSWORD)) {
      Page page = tab.page;
      page.navigate(page.url().replaceAll("#.*$", "") + "#/workers/" + worker);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Catat kejadian santunan")).click();
      Locator form = dialog(page);
      form.getByLabel("Tanggal kejadian").fill(TODAY.minusDays(3).toString());
      form.getByLabel("Bukti").fill("Laporan kejadian dan surat keterangan dokter diperiksa.");
      form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat kejadian")).click();
      expect(form.locator("[data-field=kind] .field-error")).hasText("Wajib diisi.");
      form.getByLabel("Kejadian", new Locator.GetByLabelOptions().setExact(true)).selectOption("WORK_ACCIDENT");
      form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat kejadian")).click();
      expect(heading(page)).hasText("Santunan untuk Mulyadi Prasetyo");
      expect(page.locator("dl.facts")).containsText(name);
      expect(page.locator("dl.facts")).containsText("Rp5.000.000");
      tab.screenshot("santunan-event-recorded");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/santunan-events"));
    }
  }

  @Test
  void anOperatorFilesAnIncapacityClaimSeesUnpaidMonthsAndClosesAFlaggedCase() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    server.createUser(adminToken, "tari.operator", PASSWORD, "OPERATOR", List.of());
    String operator = server.login("tari.operator", PASSWORD).getString("accessToken");
    String injured = fixtures.worker(adminToken, "Sugeng Riyanto", LocalDate.of(1975, 8, 1), "M",
        ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.activeMembership(injured, LocalDate.now().minusYears(2));
    String deceased = fixtures.worker(adminToken, "Karsono Adi", LocalDate.of(1959, 1, 21), "M",
        ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.activeMembership(deceased, LocalDate.now().minusYears(2));
    String spouse = fixtures.spouse(adminToken, deceased, "Painem");
    String flagged = fixtures.verifiedDeathClaim(operator, deceased);
    assertThat(server.post("/api/v1/claims/" + flagged + "/handover", operator, new JsonObject()
        .put("handedOverOn", TODAY.toString()).put("bpjsBranch", "Malang").put("bpjsCaseNumber", "JKM-MLG-0901"))
        .statusCode()).isEqualTo(200);
    assertThat(server.post("/api/v1/claims/" + flagged + "/bpjs-answer", operator, new JsonObject()
        .put("outcome", "PARTLY_PAID").put("answeredOn", TODAY.toString()).put("amount", 32_000_000)
        .put("paidToHeirId", spouse)).statusCode()).isEqualTo(200);
    // This month billed to the city and not paid: an accident in it waits for the arrears.
    InvoiceRuns.generated(server, adminToken, YearMonth.from(TODAY));

    try (Tab tab = signedIn("tari.operator", PASSWORD)) {
      Page page = tab.page;
      page.navigate(page.url().replaceAll("#.*$", "") + "#/workers/" + injured);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan klaim")).click();
      Locator form = dialog(page);
      form.getByLabel("Jenis").selectOption("JKK_INCAPACITY");
      form.getByLabel("Tanggal kejadian").fill(TODAY.toString());
      form.getByLabel("Keterangan").fill("Tertimpa tangga saat memperbaiki atap musala.");
      form.getByLabel("Hari pertama tidak mampu bekerja").fill(TODAY.toString());
      form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajukan klaim")).click();
      expect(form.locator("[data-field=unableToWorkUntil] .field-error")).hasText("Wajib diisi.");
      form.getByLabel("Hari terakhir tidak mampu bekerja").fill(TODAY.toString());
      form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajukan klaim")).click();
      expect(heading(page)).containsText("JKK – sementara tidak mampu bekerja (STMB)");
      expect(page.locator("[data-incapacity]")).hasCount(1);
      Locator arrears = page.locator("[data-arrears]");
      expect(arrears).containsText("Bulan belum dibayar (1)");
      expect(arrears.locator("li[data-month='" + YearMonth.from(TODAY) + "']")).hasCount(1);
      expect(arrears).containsText("Rp16.800");
      tab.screenshot("claim-incapacity-arrears");

      page.navigate(page.url().replaceAll("#.*$", "") + "#/claims/" + flagged);
      Locator caseCard = page.locator("[data-case]");
      expect(caseCard.locator("[data-follow-up]")).containsText("BPJS membayar kurang dari ketentuan peraturan.");
      Locator close = caseCard.getByRole(AriaRole.FORM, new Locator.GetByRoleOptions().setName("Tutup tindak lanjut"));
      close.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tutup tindak lanjut")).click();
      expect(close.locator("[data-field=reason] .field-error")).hasText("Alasan wajib diisi.");
      assertThat(server.get("/api/v1/claims/flagged", adminToken).bodyAsJsonObject().getJsonArray("items")).hasSize(1);

      close.getByLabel("Hasil").selectOption("ACCEPTED");
      close.getByLabel("Alasan", new Locator.GetByLabelOptions().setExact(true))
          .fill("Ahli waris menerima; selisih santunan berkala dijelaskan BPJS.");
      close.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tutup tindak lanjut")).click();
      expect(caseCard.locator("[data-resolution=ACCEPTED]")).containsText("Ahli waris menerima");
      expect(caseCard.getByRole(AriaRole.FORM, new Locator.GetByRoleOptions().setName("Tutup tindak lanjut"))).hasCount(0);
      assertThat(server.get("/api/v1/claims/flagged", adminToken).bodyAsJsonObject().getJsonArray("items")).isEmpty();
      tab.screenshot("case-follow-up-closed");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/claims"), httpStatus(422, "/follow-up/resolve"));
    }
  }
}
