package id.ngopeni.api.console;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (Deque, MPL-2.0; {@code src/test/resources/axe/axe.min.js}, version in its
 * header) in the page against WCAG 2.0, 2.1 and 2.2 A and AA, plus label-content-name-mismatch
 * (WCAG 2.5.3: a control's accessible name contains the text it shows), which axe ships switched
 * off as experimental, and lists its violations. The script is served from the console's own
 * origin through a Playwright route, so the console's Content Security Policy
 * ({@code script-src 'self'}) holds while it runs; a page that has it already is not given it again.
 */
final class Axe {
  private static final String PATH = "/__test/axe.min.js";
  private static final String SOURCE = load();

  private Axe() {}

  /** "rule-id: target, target" per violation of the page as it is now; empty when clean. */
  static List<String> violations(Page page) {
    return run(page, "minor");
  }

  /** As {@link #violations}, only those axe rates serious or critical. */
  static List<String> serious(Page page) {
    return run(page, "serious");
  }

  @SuppressWarnings("unchecked")
  private static List<String> run(Page page, String leastImpact) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
      page.route("**" + PATH, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
          .setStatus(200).setContentType("text/javascript").setBody(SOURCE)));
      page.addScriptTag(new Page.AddScriptTagOptions().setUrl(PATH));
    }
    Object found = page.evaluate("""
        async (least) => {
          const impacts = ['minor', 'moderate', 'serious', 'critical'];
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
            rules: { 'label-content-name-mismatch': { enabled: true } },
          });
          return result.violations.filter(v => impacts.indexOf(v.impact) >= impacts.indexOf(least))
            .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
        }""", leastImpact);
    return (List<String>) found;
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
