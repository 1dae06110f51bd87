package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** What the money screens' browser tests share: buttons by name, and axe at a width. */
final class MoneyScreens {
  private MoneyScreens() {}

  static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** A button whose accessible name starts with its visible text, e.g. "Ubah pagu" for "Ubah pagu APBD 2026". */
  static Locator named(Locator scope, String start) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + start)));
  }

  /** No WCAG 2.x A/AA violation on the page as it is, at 1366 px. */
  static void noViolations(Page page, String where) {
    assertThat(Axe.violations(page)).as("axe " + where).isEmpty();
  }

  /** The same on a 390 px phone: a table box that scrolls is a named region that takes the focus (table.js). */
  static void noViolationsOnPhone(Page page, String where) {
    assertThat(Axe.violations(page)).as("axe " + where).isEmpty();
  }
}
