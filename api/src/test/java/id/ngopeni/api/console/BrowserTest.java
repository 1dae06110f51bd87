package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One real Ngopeni server and one headless Chromium per test class; every test opens its own
 * browser profile, so cookies never leak between tests.
 */
abstract class BrowserTest {
  static TestServer server;
  static ConsoleBrowser browser;
  static String adminToken;

  /** What Chromium prints for a page opened without a session: the silent refresh is refused. */
  static final Predicate<String> NO_SESSION_YET = ConsoleBrowser.httpStatus(401, "/api/v1/auth/refresh");

  @BeforeAll
  static void startServerAndBrowser() {
    PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    server = new TestServer("console");
    browser = new ConsoleBrowser(server.app.port());
    adminToken = server.adminToken();
  }

  @AfterAll
  static void stopServerAndBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  static LocatorAssertions expect(Locator locator) {
    return PlaywrightAssertions.assertThat(locator);
  }

  /** The login page of a fresh profile, typed into and submitted with the keyboard only. */
  static Tab signIn(Tab tab, String username, String password) {
    tab.page.navigate("/");
    Locator user = tab.page.getByLabel("Nama pengguna");
    expect(user).isFocused();
    tab.page.keyboard().type(username);
    tab.page.keyboard().press("Tab");
    tab.page.keyboard().type(password);
    tab.page.keyboard().press("Enter");
    return tab;
  }

  /** A fresh profile showing the login page (its silent refresh refused). */
  static Tab atLogin() {
    Tab tab = browser.open();
    tab.page.navigate("/");
    expect(tab.page.getByLabel("Nama pengguna")).isVisible();
    return tab;
  }

  /** A new user of this role (no kelurahan) and their access token. */
  static String userToken(String username, String password, String role) {
    server.createUser(adminToken, username, password, role, List.of());
    return server.login(username, password).getString("accessToken");
  }

  /** The widths every screen of issue 19 is tested at: a laptop and a 390 × 844 phone. */
  static final int[] WIDTHS = {1366, 390};

  /** A fresh profile at this width (a phone's height under 600 px), signed in. */
  static Tab signedInAt(int width, String username, String password) {
    return signIn(browser.open(width, height(width)), username, password);
  }

  static int height(int width) {
    return width < 600 ? 844 : 900;
  }

  static Tab signedIn(String username, String password) {
    Tab tab = signIn(browser.open(), username, password);
    expect(menu(tab.page)).isVisible();
    return tab;
  }

  /**
   * The main menu. On a phone (up to 600 px) it is folded behind the Menu button: once the
   * signed-in header shows, the button unfolds it (choosing a screen folds it again).
   */
  static Locator menu(Page page) {
    var size = page.viewportSize();
    if (size != null && size.width <= 600) {
      Locator toggle = page.locator("#menu-toggle");
      expect(toggle).isVisible();
      if ("false".equals(toggle.getAttribute("aria-expanded"))) {
        toggle.click();
      }
    }
    return page.getByRole(AriaRole.NAVIGATION);
  }

  static Locator heading(Page page) {
    return page.locator("main h1");
  }

  /** Fails the test if the page logged an error or warning that the test did not expect. */
  @SafeVarargs
  static void assertCleanConsole(Tab tab, Predicate<String>... expected) {
    Predicate<String> any = p -> false;
    for (Predicate<String> e : expected) {
      any = any.or(e);
    }
    assertThat(tab.problems(any)).as("console errors, warnings, CSP violations").isEmpty();
  }
}
