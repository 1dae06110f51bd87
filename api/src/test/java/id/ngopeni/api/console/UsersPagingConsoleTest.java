package id.ngopeni.api.console;

import static id.ngopeni.api.console.UsersConsoleTest.openUsers;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cursor paging of the Users screen, on a database of its own so the counts are exact. */
class UsersPagingConsoleTest extends BrowserTest {

  @Test
  void pagesForwardAndBackWithTheCursor() {
    for (int i = 0; i < 21; i++) {
      server.createUser(adminToken, String.format("kader.%02d", i), "Tempe-Mendoan-Enak-" + (1000 + i), "AUDITOR", List.of());
    }
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = openUsers(tab);
      Locator rows = page.locator("table tbody tr");
      Locator previous = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sebelumnya"));
      Locator next = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Berikutnya"));
      expect(rows).hasCount(20);
      expect(previous).isDisabled();
      expect(page.locator(".pager-label")).hasText("Halaman 1");

      next.click();
      expect(page.locator(".pager-label")).hasText("Halaman 2");
      expect(rows).hasCount(2);
      expect(previous).isEnabled();
      tab.screenshot("users-page-2");
      expect(next).isDisabled();
      expect(rows.first()).containsText("kader.");

      previous.click();
      expect(page.locator(".pager-label")).hasText("Halaman 1");
      expect(rows.first()).containsText("admin");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
