package id.ngopeni.api.console;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (Deque, MPL-2.0; {@code src/test/resources/axe/axe.min.js}, version in its
 * header) in the page against WCAG 2.x A and AA and lists its violations. The script is served
 * from the console's own origin through a Playwright route, so the console's Content Security
 * Policy ({@code script-src 'self'}) holds while it runs.
 */
final class Axe {
  private static final String PATH = "/__test/axe.min.js";
  private static final String SOURCE = load();

  private Axe() {}

  /** "rule-id: target, target" per violation of the page as it is now; empty when clean. */
  @SuppressWarnings("unchecked")
  static List<String> violations(Page page) {
    page.route("**" + PATH, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
        .setStatus(200).setContentType("text/javascript").setBody(SOURCE)));
    page.addScriptTag(new Page.AddScriptTagOptions().setUrl(PATH));
    Object found = page.evaluate("""
        async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
          .violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))
        """);
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
