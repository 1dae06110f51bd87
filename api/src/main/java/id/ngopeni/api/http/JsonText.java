package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * The one check of every text a JSON body carries, run by {@link JsonInput} on every body it
 * decodes, before any route reads a field: no string (nor field name) anywhere in the body may
 * hold a control character ({@link ControlCharacters}) or be longer than {@link #MAX_STRING}.
 * Refusals are field errors at the value's JSON path ({@code accountName}, {@code heirs[2].fullName}):
 * {@code control_characters} and {@code too_long}. A field's own rule may be stricter.
 *
 * <p>Line breaks: only the free-text fields typed in a multi-line box of the console — a
 * claim's {@code description} and the {@code reason} of a rejection, cancellation or ended
 * membership, at the top of the body — keep line feeds (LF; never CR, TAB or another control
 * character). None of them is ever written into a file (transfer file, exports, invoice lines);
 * {@link FileCells} would refuse them there. Every other field is one line: names, account
 * holders, addresses, references, codes.
 */
final class JsonText {
  /** The longest string any JSON field may hold. */
  static final int MAX_STRING = 10_000;
  /** Field names are short; a longer one is refused before it is echoed in an error. */
  static final int MAX_NAME = 100;
  /** The top-level fields that may keep line feeds; see the class comment. */
  static final Set<String> MULTI_LINE = Set.of("description", "reason");

  private JsonText() {}

  /**
   * Throws {@code Invalid} (422) naming every offending value; {@code root} is the path of the
   * body itself ("" for an object body, so its fields are named bare).
   */
  static void check(Object body, String root) {
    Violations violations = new Violations();
    walk(body, root, false, violations);
    violations.throwIfAny();
  }

  private static void walk(Object node, String path, boolean multiLine, Violations v) {
    if (node instanceof JsonObject object) {
      for (String name : object.fieldNames()) {
        String at = path.isEmpty() ? name : path + "." + name;
        if (name.length() > MAX_NAME) {
          v.add(ControlCharacters.printable(at, at.length() - name.length() + MAX_NAME), HttpError.TOO_LONG,
              "A field name has at most " + MAX_NAME + " characters.");
        } else if (ControlCharacters.any(name)) {
          v.add(ControlCharacters.printable(at, at.length()), HttpError.CONTROL_CHARACTERS);
        } else {
          walk(object.getValue(name), at, path.isEmpty() && MULTI_LINE.contains(name), v);
        }
      }
    } else if (node instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.getValue(i), path + "[" + i + "]", false, v);
      }
    } else if (node instanceof String text) {
      if (text.length() > MAX_STRING) {
        v.add(path, HttpError.TOO_LONG, "At most " + MAX_STRING + " characters.");
      } else if (multiLine ? ControlCharacters.anyButLineFeed(text) : ControlCharacters.any(text)) {
        v.add(path, HttpError.CONTROL_CHARACTERS, multiLine
            ? "Only line breaks are allowed here; no tabs, carriage returns or other control characters."
            : HttpError.CONTROL_CHARACTERS.message());
      }
    }
  }
}
