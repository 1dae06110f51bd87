package id.ngopeni.api.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Chromium driven by Playwright: the system Chromium ({@code /usr/bin/chromium}, or
 * {@code NGOPENI_CHROMIUM}) when it exists — CI installs Debian's {@code chromium} — and
 * otherwise the Chromium Playwright downloads itself, so the tests also run on a fresh machine
 * that has only a JDK, Maven and internet access.
 * Every page records console errors, uncaught exceptions and CSP violations, so a test can
 * assert the console stayed clean.
 */
final class ConsoleBrowser implements AutoCloseable {
  static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("NGOPENI_CHROMIUM", "/usr/bin/chromium"));
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;
  private final String baseUrl;

  ConsoleBrowser(int port) {
    boolean system = java.nio.file.Files.isExecutable(CHROMIUM);
    playwright = system
        ? Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
        : Playwright.create();
    BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
    if (system) {
      options.setExecutablePath(CHROMIUM);
    }
    browser = playwright.chromium().launch(options
        .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu",
            "--disable-component-update", "--no-first-run")));
    baseUrl = "http://localhost:" + port;
  }

  /** A fresh browser profile (no cookies) with one page, recording what the console reports. */
  Tab open(int width, int height) {
    return open(width, height, "id-ID", "Asia/Jakarta");
  }

  /** As {@link #open(int, int)} in a browser set to another language and time zone (e.g. en-US, America/New_York). */
  Tab open(int width, int height, String locale, String timezone) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setBaseURL(baseUrl).setViewportSize(width, height).setLocale(locale).setTimezoneId(timezone));
    context.setDefaultTimeout(10_000);
    return new Tab(context, context.newPage());
  }

  Tab open() {
    return open(1280, 800);
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }

  /** One page in its own context, with the console problems it reported. */
  static final class Tab implements AutoCloseable {
    final BrowserContext context;
    final Page page;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    Tab(BrowserContext context, Page page) {
      this.context = context;
      this.page = page;
      page.onConsoleMessage(message -> {
        if (message.type().equals("error") || message.type().equals("warning")) {
          problems.add(message.type() + ": " + message.text() + " @ " + message.location());
        }
      });
      page.onPageError(error -> problems.add("uncaught: " + error));
    }

    /**
     * Console problems except the ones a test expects, such as Chromium's "Failed to load
     * resource: … 401" line for a refused login.
     */
    List<String> problems(Predicate<String> expected) {
      synchronized (problems) {
        return problems.stream().filter(expected.negate()).toList();
      }
    }

    List<String> problems() {
      return problems(p -> false);
    }

    void screenshot(String name) {
      page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
      context.close();
    }
  }

  /** Chromium's console line for an HTTP error status of a request, e.g. a refused login. */
  static Predicate<String> httpStatus(int status, String path) {
    return p -> p.contains("status of " + status) && p.contains(path);
  }
}
