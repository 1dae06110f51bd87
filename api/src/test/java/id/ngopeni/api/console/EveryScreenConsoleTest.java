package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.demo.DemoData;
import id.ngopeni.api.invoice.InvoiceGeneration;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.PasswordHasher;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.persistence.audit.AuditKey;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.db.Pools;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.tariff.TariffRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19, items 1 and 9: every screen each role may open, on the demo data set, at a laptop's
 * 1366 × 768, a tablet's 800 × 900 and a phone's 390 × 844. The screens are read from the menu
 * the role is shown, plus the first link of each kind a screen leads to below itself
 * (#/workers/&lt;id&gt;, #/payouts/batches, …), so a new screen is covered without touching this
 * test. On each: axe-core finds no serious or critical violation; the page does not scroll
 * sideways; every table column can be seen or scrolled to with the keyboard; the first button
 * that opens a dialog (aria-haspopup="dialog") opens one that fits the window, clean for axe too.
 * On the phone also: the menu folds behind a button, the user's name and Keluar stay on
 * screen, every control is at least 44 px tall and every table is a list of cards whose cells
 * carry their column's heading; dialogs cover the screen.
 */
class EveryScreenConsoleTest extends BrowserTest {
  private static final int[][] SIZES = {{1366, 768}, {800, 900}, {390, 844}};
  private static final Pattern DEMO_USER = Pattern.compile("(?m)^\\s+(OPERATOR|APPROVER|AUDITOR|FIELD_OFFICER)\\s+(\\S+)\\s+(\\S+)\\s*$");
  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  /** Role → username and password: the bootstrap admin and the demo's users. */
  private static final Map<String, String[]> USERS = new TreeMap<>();
  /** Screens on which each role must have met a dialog (the test would pass vacuously if the markers went). */
  private static final Map<String, List<String>> DIALOGS = Map.of(
      "ADMIN", List.of("#/workers", "#/users", "#/santunan"),
      "OPERATOR", List.of("#/workers", "#/payouts/batches"),
      "APPROVER", List.of("#/payouts"),
      "AUDITOR", List.of(),
      "FIELD_OFFICER", List.of("#/workers"));

  @BeforeAll
  static void demoData() {
    var pool = Pools.create(server.clientVertx, server.database, 2);
    try {
      AppContext context = new AppContext(server.clientVertx, pool, pool, TestServer.config(server.database, server.dataDir, List.of()),
          Clock.systemUTC(), new PasswordHasher(server.clientVertx), new AuditLog(AuditKey.load(null, server.dataDir)), server.app.crypto());
      InvoiceGeneration generation = new InvoiceGeneration(context, new InvoiceRepository(server.app.crypto()), new MembershipRepository(),
          new TariffRepository(), MembershipPolicy.DEFAULT);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DemoData.load(context, generation, new PrintStream(out, true, StandardCharsets.UTF_8)).await();
      Matcher user = DEMO_USER.matcher(out.toString(StandardCharsets.UTF_8));
      while (user.find()) {
        USERS.put(user.group(1), new String[] {user.group(2), user.group(3)});
      }
    } finally {
      pool.close().await();
    }
    USERS.put("ADMIN", new String[] {"admin", TestServer.ADMIN_PASSWORD});
    assertThat(USERS).as("the demo prints one user per role").hasSize(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ADMIN", "OPERATOR", "APPROVER", "AUDITOR", "FIELD_OFFICER"})
  void everyScreenPassesAxeAndFitsALaptopATabletAndAPhone(String role) {
    List<String> problems = new ArrayList<>();
    Set<String> dialogs = new LinkedHashSet<>();
    try (Tab tab = browser.open(SIZES[0][0], SIZES[0][1])) {
      LayoutProbe.countRequests(tab.context);
      Page page = tab.page;
      page.navigate("/");
      expect(page.getByLabel("Nama pengguna")).isFocused();
      for (int[] size : SIZES) {
        page.setViewportSize(size[0], size[1]);
        new Screen(page, size[0], "login", problems, dialogs).check();
      }
      signIn(tab, USERS.get(role)[0], USERS.get(role)[1]);
      expect(heading(page)).isVisible();
      for (int[] size : SIZES) {
        page.setViewportSize(size[0], size[1]);
        chrome(page, role, size[0], problems);
        for (Object href : (List<?>) page.locator("#nav-list a").evaluateAll("links => links.map((a) => a.getAttribute('href'))")) {
          for (String below : new Screen(page, size[0], (String) href, problems, dialogs).check()) {
            new Screen(page, size[0], below, problems, dialogs).check();
          }
        }
      }
      assertCleanConsole(tab, NO_SESSION_YET);
    }
    assertThat(problems).as("%s: problems on the screens", role).isEmpty();
    assertThat(dialogs).as("%s: screens whose dialog was opened and checked", role).containsAll(DIALOGS.get(role));
  }

  /**
   * The README's pictures, made from the demo data into target/screenshots/readme-*.png (docs/img
   * holds a copy): the dashboard on a laptop, a field officer's workers as cards on a phone, and
   * the new-worker dialog over the whole phone screen.
   */
  @Test
  void theReadmePicturesShowTheDashboardAFieldOfficersPhoneAndAReport() throws IOException {
    try (Tab tab = browser.open(1366, 768)) {
      LayoutProbe.countRequests(tab.context);
      signIn(tab, USERS.get("ADMIN")[0], USERS.get("ADMIN")[1]);
      expect(tab.page.locator("#dashboard-ucj")).containsText("32,44 %");
      LayoutProbe.settle(tab.page);
      picture(tab.page, "readme-dashboard");
    }
    // The month's coverage report as the office prints it: its first page.
    var report = server.get("/api/v1/reports/coverage?month=" + YearMonth.from(Jakarta.today(Clock.systemUTC())), adminToken);
    assertThat(report.statusCode()).as(report.bodyAsString()).isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(report.body().getBytes())) {
      ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 100), "png",
          ConsoleBrowser.SCREENSHOTS.resolve("readme-report.png").toFile());
    }
    try (Tab tab = browser.open(390, 844)) {
      LayoutProbe.countRequests(tab.context);
      Page page = tab.page;
      signIn(tab, USERS.get("FIELD_OFFICER")[0], USERS.get("FIELD_OFFICER")[1]);
      expect(heading(page)).isVisible();
      page.navigate("/#/workers");
      Locator first = page.locator("main tbody tr").first();
      expect(first.locator("th a")).isVisible();
      LayoutProbe.settle(page);
      assertThat(first.evaluate("row => getComputedStyle(row).display")).as("a row is a card").isEqualTo("block");
      expect(first.locator("th")).hasAttribute("data-label", "Nama");
      expect(first.locator("td").first()).hasAttribute("data-label", "NIK");
      // The search and the first cards.
      page.locator("main form[role=search]").evaluate("form => form.scrollIntoView()");
      picture(page, "readme-workers-phone");

      page.evaluate("() => scrollTo(0, 0)");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah pekerja")).click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByLabel("NIK")).isFocused();
      assertThat(LayoutProbe.dialogFits(dialog, true)).isEmpty();
      picture(page, "readme-dialog-phone");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  private static void picture(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(ConsoleBrowser.SCREENSHOTS.resolve(name + ".png")));
  }

  /** The header and menu: on a phone the menu folds behind a button, the name and Keluar stay in reach. */
  private static void chrome(Page page, String role, int width, List<String> problems) {
    Locator toggle = page.locator("#menu-toggle");
    Locator links = page.locator("#nav-list a");
    if (width > 600) {
      expect(toggle).isHidden();
      expect(links.first()).isVisible();
      return;
    }
    expect(page.locator("#user-name")).hasText(USERS.get(role)[0]);
    expect(page.locator("#user-name")).isInViewport();
    expect(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar"))).isInViewport();
    expect(links.first()).isHidden();
    expect(toggle).hasAttribute("aria-expanded", "false");
    toggle.click();
    expect(toggle).hasAttribute("aria-expanded", "true");
    expect(links.last()).isVisible();
    problems.addAll(LayoutProbe.targets(page.locator("#main-nav")).stream().map(p -> width + " px, the menu: " + p).toList());
    page.keyboard().press("Escape");
    expect(links.first()).isHidden();
    expect(toggle).isFocused();
    // Choosing a screen folds the menu, the screen already shown too.
    for (Locator link : List.of(links.first(), links.first())) {
      toggle.click();
      String href = link.getAttribute("href");
      link.click();
      expect(links.first()).isHidden();
      expect(toggle).hasAttribute("aria-expanded", "false");
      assertThat(page.url()).endsWith(href);
    }
  }

  /** One screen (an address, or the login) at one width; check() writes its problems down. */
  private record Screen(Page page, int width, String address, List<String> problems, Set<String> dialogs) {
    /** Opens the screen (the login is open already), checks it and returns the first link of each kind below it. */
    List<String> check() {
      if (!address.equals("login")) {
        page.navigate("/" + address);
        expect(heading(page)).isVisible();
      }
      LayoutProbe.settle(page);
      boolean phone = width <= 600;
      Locator body = page.locator("body");
      List<String> found = new ArrayList<>(Axe.serious(page));
      found.addAll(LayoutProbe.sideways(page));
      found.addAll(LayoutProbe.columnsReachable(body));
      if (phone) {
        found.addAll(LayoutProbe.targets(body));
        found.addAll(LayoutProbe.cards(body));
      }
      Locator opener = page.locator("main [aria-haspopup=dialog]:visible").first();
      if (opener.count() > 0) {
        opener.click();
        Locator dialog = page.locator("dialog[open]");
        expect(dialog).isVisible();
        LayoutProbe.settle(page);
        List<String> inDialog = new ArrayList<>(LayoutProbe.dialogFits(dialog, phone));
        inDialog.addAll(Axe.serious(page));
        if (phone) {
          inDialog.addAll(LayoutProbe.targets(dialog));
          inDialog.addAll(LayoutProbe.cards(dialog));
        }
        inDialog.forEach(p -> found.add("with its dialog open: " + p));
        page.keyboard().press("Escape");
        expect(dialog).hasCount(0);
        dialogs.add(address);
      }
      found.forEach(p -> problems.add(width + " px, " + address + ": " + p));
      Set<String> kinds = new LinkedHashSet<>();
      List<String> below = new ArrayList<>();
      if (!address.equals("login")) {
        for (Object href : (List<?>) page.locator("main a[href^='" + address + "/']").evaluateAll("links => links.map((a) => a.getAttribute('href'))")) {
          if (kinds.add(ID.matcher((String) href).replaceAll("{id}"))) {
            below.add((String) href);
          }
        }
      }
      return below;
    }
  }
}
