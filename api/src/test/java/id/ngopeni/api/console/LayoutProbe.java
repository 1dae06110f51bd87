package id.ngopeni.api.console;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * What a screen looks like to a person at a given width, measured in the page: sideways
 * scrolling, touch targets, tables as cards, scrollable table regions, dialogs. Each probe lists
 * what it found wrong, one line per problem naming the element; an empty list means the screen
 * passed.
 */
final class LayoutProbe {
  /** Smallest touch target on a phone (WCAG 2.5.5), less half a pixel of rounding. */
  static final double TARGET = 43.5;

  private LayoutProbe() {}

  /**
   * Counts the console's requests in flight, so {@link #settle} can wait until a screen has its
   * data: installed in the context before the console's first page loads.
   */
  static void countRequests(BrowserContext context) {
    context.addInitScript("""
        (() => {
          let pending = 0;
          let changed = performance.now();
          const original = window.fetch;
          window.fetch = (...args) => {
            pending += 1;
            changed = performance.now();
            return original(...args).finally(() => { pending -= 1; changed = performance.now(); });
          };
          window.__ngopeniSettled = () => pending === 0 && performance.now() - changed > 200;
        })();""");
  }

  /** Waits until no request has been in flight for 200 ms (a screen's follow-up requests included). */
  static void settle(Page page) {
    page.waitForFunction("() => window.__ngopeniSettled()");
  }

  /** The page does not scroll sideways: nothing is wider than the window. */
  static List<String> sideways(Page page) {
    return strings(page.evaluate("""
        () => {
          const width = document.scrollingElement.scrollWidth;
          if (width <= innerWidth) return [];
          const wider = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
            .slice(0, 5).map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : ''));
          return ['the page is ' + width + ' px wide in a ' + innerWidth + ' px window; wider: ' + wider.join(', ')];
        }"""));
  }

  /**
   * Every visible link, button and form control in {@code scope} is at least 44 px tall and
   * lies inside the window. Exceptions, as WCAG 2.5.5 makes them: a link inside a sentence
   * (displayed inline, its parent holds more text than the link); a checkbox or radio button,
   * whose label is measured instead (a tap on the label ticks the box); the skip link, which is
   * off-screen until focused.
   */
  static List<String> targets(Locator scope) {
    return strings(scope.evaluate("""
        (root) => {
          const name = (e) => e.tagName.toLowerCase() + ' "' + (e.getAttribute('aria-label') || e.textContent || e.name || '').trim().slice(0, 40) + '"';
          const shown = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
          const inSentence = (a) => getComputedStyle(a).display === 'inline'
            && a.parentElement.textContent.trim().length > a.textContent.trim().length;
          const measured = (e) => (e.matches('input[type=checkbox], input[type=radio]') && e.labels.length ? e.labels[0] : e);
          return [...root.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
            .filter(shown).filter((e) => !e.matches('.skip-link') && !(e.matches('a') && inSentence(e)))
            .flatMap((e) => {
              const box = e.getBoundingClientRect();
              const height = measured(e).getBoundingClientRect().height;
              const problems = [];
              if (height < %s) problems.push(name(e) + ' is ' + Math.round(height) + ' px tall');
              if (box.left < -1 || box.right > innerWidth + 1) problems.push(name(e) + ' reaches beyond the window (' + Math.round(box.left) + '..' + Math.round(box.right) + ' px)');
              return problems;
            });
        }""".formatted(TARGET)));
  }

  /**
   * On a phone every table is a list of cards: shown as blocks, no wider than its box, each body
   * and foot cell that covers one column labelled (data-label) with that column's heading.
   */
  static List<String> cards(Locator scope) {
    return strings(scope.evaluate("""
        (root) => [...root.querySelectorAll('table')].flatMap((table) => {
          const caption = '"' + (table.caption ? table.caption.textContent.trim() : table.className) + '"';
          if (getComputedStyle(table).display !== 'block') return ['table ' + caption + ' is not shown as cards'];
          const box = table.parentElement;
          if (box.scrollWidth > box.clientWidth + 1) return ['the cards of table ' + caption + ' are wider than their box'];
          const headings = [...(table.tHead ? table.tHead.rows[0].cells : [])].map((th) => th.textContent.replace(/\\s+/g, ' ').trim());
          const problems = [];
          for (const section of [...table.tBodies, table.tFoot].filter(Boolean)) {
            for (const row of section.rows) {
              let column = 0;
              for (const cell of row.cells) {
                if (cell.colSpan === 1 && cell.dataset.label !== headings[column]) {
                  problems.push('table ' + caption + ': a cell of column "' + headings[column] + '" is labelled "' + cell.dataset.label + '"');
                }
                column += cell.colSpan;
              }
            }
          }
          return problems.slice(0, 3);
        })"""));
  }

  /**
   * Every column of every table can be seen: the table fits its box, or its box scrolls sideways
   * and is a named region that takes the keyboard focus (tabindex 0), so the arrow keys reach the
   * columns to the right.
   */
  static List<String> columnsReachable(Locator scope) {
    return strings(scope.evaluate("""
        (root) => [...root.querySelectorAll('table')].flatMap((table) => {
          const caption = '"' + (table.caption ? table.caption.textContent.trim() : table.className) + '"';
          const box = table.parentElement;
          if (table.getBoundingClientRect().width <= box.clientWidth + 1) return [];
          if (!box.matches('.table-wrap') || getComputedStyle(box).overflowX !== 'auto') return ['table ' + caption + ' is wider than its box, which does not scroll'];
          const label = box.getAttribute('aria-label')
            || (box.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' ').trim();
          return box.getAttribute('role') === 'region' && box.tabIndex === 0 && label ? []
            : ['the scrolling box of table ' + caption + ' is not a named, focusable region'];
        })"""));
  }

  /** The open dialog lies inside the window and does not scroll sideways; on a phone it covers the window. */
  static List<String> dialogFits(Locator dialog, boolean phone) {
    return strings(dialog.evaluate("""
        (dialog, phone) => {
          const r = dialog.getBoundingClientRect();
          const problems = [];
          if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
            problems.push('the dialog lies outside the window: ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(', '));
          }
          if (dialog.scrollWidth > dialog.clientWidth + 1) problems.push('the dialog scrolls sideways');
          if (phone && (r.width < innerWidth - 1 || r.height < innerHeight - 1)) {
            problems.push('the dialog is ' + Math.round(r.width) + ' × ' + Math.round(r.height) + ', not the whole window');
          }
          return problems;
        }""", phone));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object found) {
    return (List<String>) found;
  }
}
