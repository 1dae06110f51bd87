package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Users screen (ADMIN) against the real API: create, edit under If-Match, tablet width. */
class UsersConsoleTest extends BrowserTest {

  static Page openUsers(Tab tab) {
    menu(tab.page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pengguna")).click();
    expect(heading(tab.page)).hasText("Pengguna");
    expect(tab.page.locator("table tbody tr").first()).containsText("admin");
    return tab.page;
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void createAFieldOfficerAfterFixingATooShortPassword() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = openUsers(tab);
      tab.screenshot("users");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah pengguna")).click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByLabel("Nama pengguna")).isFocused();
      expect(dialog.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Kelurahan tugas"))).isHidden();

      dialog.getByLabel("Nama pengguna").fill("siti.lapangan");
      dialog.getByLabel("Kata sandi").fill("pendek");
      dialog.getByLabel("Peran").selectOption("FIELD_OFFICER");
      // The area is chosen by name: search, tick, and the choice is listed above the list.
      Locator areas = dialog.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Kelurahan tugas"));
      expect(areas).isVisible();
      Locator search = areas.getByLabel("Cari kelurahan atau kecamatan");
      search.fill("klojen");
      expect(areas.locator(".area-options li[data-code]:not([hidden])")).hasCount(11);
      search.fill("rampal");
      expect(areas.locator(".area-options li[data-code]:not([hidden])")).hasCount(1);
      search.press("Enter");
      expect(dialog).isVisible();
      search.fill("Kec. Klojen Klojen");
      areas.getByLabel("Kelurahan Klojen, Kec. Klojen").check();
      search.fill("tidak ada di malang");
      expect(areas.locator(".area-none")).isVisible();
      expect(areas.locator(".area-chosen li")).hasCount(2);
      expect(areas.locator(".area-count")).hasText("2 kelurahan dipilih");
      tab.screenshot("user-create-areas");
      assertThat(Axe.violations(page)).as("axe on the user dialog with the area picker").isEmpty();
      button(dialog, "Buat pengguna").click();

      Locator password = dialog.getByLabel("Kata sandi");
      expect(dialog.locator("[data-field=password] .field-error")).hasText("Kata sandi minimal 12 karakter.");
      expect(password).hasAttribute("aria-invalid", "true");
      expect(password).isFocused();
      expect(dialog.locator(".form-error")).isHidden();
      tab.screenshot("user-create-error");

      password.fill("Soto-Lombok-Malang-2025");
      button(dialog, "Buat pengguna").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS)).hasText("Pengguna siti.lapangan telah dibuat.");
      Locator row = page.locator("table tbody tr", new Page.LocatorOptions().setHasText("siti.lapangan"));
      expect(row).containsText("Petugas lapangan");
      expect(row).containsText("Kelurahan Klojen, Kec. Klojen; Kelurahan Rampalcelaket, Kec. Klojen");
      expect(row).containsText("Aktif");
      expect(row).containsText("WIB");
      tab.screenshot("user-created");

      JsonObject stored = server.login("siti.lapangan", "Soto-Lombok-Malang-2025").getJsonObject("user");
      assertThat(stored.getString("role")).isEqualTo("FIELD_OFFICER");
      assertThat(stored.getJsonArray("kelurahanCodes").getList()).containsExactly("35.73.02.1001", "35.73.02.1002");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/api/v1/users"));
    }
  }

  @Test
  void anEditThatCrossesSomeoneElsesChangeAsksForAReload() {
    String id = server.createUser(adminToken, "andi.penyetuju", "Cwie-Mie-Malang-2025", "APPROVER", List.of());
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = openUsers(tab);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ubah andi.penyetuju")).click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Ubah pengguna andi.penyetuju");
      expect(dialog.getByLabel("Peran")).hasValue("APPROVER");
      expect(dialog.getByLabel("Akun aktif")).isChecked();

      // Someone else changes the user after the dialog read it.
      var current = server.get("/api/v1/users/" + id, adminToken);
      var other = server.http.request(HttpMethod.PATCH, "/api/v1/users/" + id)
          .putHeader("Authorization", "Bearer " + adminToken).putHeader("If-Match", current.getHeader("ETag"))
          .sendJsonObject(new JsonObject().put("role", "AUDITOR")).await();
      assertThat(other.statusCode()).isEqualTo(200);

      dialog.getByLabel("Akun aktif").uncheck();
      button(dialog, "Simpan").click();
      Locator conflict = dialog.locator(".conflict");
      expect(conflict).containsText("baru saja diubah orang lain");
      expect(button(dialog, "Muat ulang")).isFocused();
      tab.screenshot("user-edit-conflict");

      button(dialog, "Muat ulang").click();
      expect(conflict).isHidden();
      expect(dialog.getByLabel("Peran")).hasValue("AUDITOR");
      expect(dialog.getByLabel("Akun aktif")).isChecked();
      dialog.getByLabel("Akun aktif").uncheck();
      button(dialog, "Simpan").click();
      expect(dialog).isHidden();

      Locator row = page.locator("table tbody tr", new Page.LocatorOptions().setHasText("andi.penyetuju"));
      expect(row).containsText("Auditor");
      expect(row).containsText("Nonaktif");
      expect(row.getByRole(AriaRole.BUTTON)).isFocused();
      assertThat(server.get("/api/v1/users/" + id, adminToken).bodyAsJsonObject().getBoolean("active")).isFalse();
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(412, "/api/v1/users/"));
    }
  }

  /** Issue 13.8: an APPROVER made by one admin waits on the Users screen until a second admin confirms it there. */
  @Test
  void aSecondAdminConfirmsAPendingRoleOnTheUsersScreen() {
    server.secondAdmin();
    var made = server.post("/api/v1/users", adminToken, new JsonObject().put("username", "wulan.penyetuju")
        .put("password", "Sate-Klopo-Surabaya-25").put("role", "APPROVER"));
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    String id = made.bodyAsJsonObject().getString("id");
    assertThat(made.bodyAsJsonObject().getBoolean("active")).isFalse();
    try (Tab tab = signedIn(TestServer.SECOND_ADMIN, TestServer.ADMIN_PASSWORD)) {
      Page page = openUsers(tab);
      Locator grant = page.locator(".grant-list li", new Page.LocatorOptions().setHasText("wulan.penyetuju"));
      expect(grant).containsText("wulan.penyetuju sebagai Penyetuju");
      tab.screenshot("users-role-grant");
      button(grant, "Konfirmasi Penyetuju untuk wulan.penyetuju").click();
      expect(page.getByRole(AriaRole.STATUS)).hasText("wulan.penyetuju kini Penyetuju.");
      expect(grant).hasCount(0);
      Locator row = page.locator("table tbody tr", new Page.LocatorOptions().setHasText("wulan.penyetuju"));
      expect(row).containsText("Aktif");
      assertThat(server.get("/api/v1/users/" + id, adminToken).bodyAsJsonObject().getBoolean("active")).isTrue();
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void aFieldOfficersAreaIsChosenByNameAndShownByNameOnEdit() {
    for (int width : WIDTHS) {
      String name = "lapangan." + width;
      try (Tab tab = signedInAt(width, "admin", TestServer.ADMIN_PASSWORD)) {
        Page page = openUsers(tab);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah pengguna")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Nama pengguna").fill(name);
        dialog.getByLabel("Kata sandi").fill("Soto-Lombok-Malang-2025");
        dialog.getByLabel("Peran").selectOption("FIELD_OFFICER");
        Locator areas = dialog.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Kelurahan tugas"));
        areas.getByLabel("Cari kelurahan atau kecamatan").fill("oro oro");
        areas.getByLabel("Kelurahan Oro-oro Dowo, Kec. Klojen").check();
        assertThat(Axe.violations(page)).as("axe on the area picker at " + width).isEmpty();
        button(dialog, "Buat pengguna").click();
        expect(dialog).isHidden();
        Locator row = page.locator("table tbody tr", new Page.LocatorOptions().setHasText(name));
        expect(row).containsText("Kelurahan Oro-oro Dowo, Kec. Klojen");

        row.getByRole(AriaRole.BUTTON).click();
        Locator edit = page.getByRole(AriaRole.DIALOG);
        expect(edit.locator(".area-chosen li")).hasText("Kelurahan Oro-oro Dowo, Kec. KlojenHapus");
        expect(edit.getByLabel("Kelurahan Oro-oro Dowo, Kec. Klojen", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        tab.screenshot("user-edit-areas-" + width);
        assertThat(Axe.violations(page)).as("axe on the edit dialog at " + width).isEmpty();
        assertCleanConsole(tab, NO_SESSION_YET);
      }
      assertThat(server.login(name, "Soto-Lombok-Malang-2025").getJsonObject("user").getJsonArray("kelurahanCodes").getList())
          .containsExactly("35.73.02.1008");
    }
  }

  @Test
  void theUsersScreenFitsATabletEightHundredPixelsWide() {
    try (Tab tab = signIn(browser.open(800, 1000), "admin", TestServer.ADMIN_PASSWORD)) {
      expect(menu(tab.page)).isVisible();
      Page page = openUsers(tab);
      assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 800 px").isTrue();
      expect(page.locator("#logout")).isInViewport();
      tab.screenshot("users-800px");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
