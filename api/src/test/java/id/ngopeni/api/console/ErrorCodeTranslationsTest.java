package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.ErrorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every code of the catalogue ({@link ErrorCode}) has a console message in Bahasa Indonesia and in
 * English under the key of each of its kinds: {@code error.<code>} for a field error,
 * {@code problem.<code>} for a whole problem, {@code reason.<code>} for an eligibility reason,
 * {@code import.failure.<code>} for why an import stopped; and the two language files have the same
 * keys.
 */
class ErrorCodeTranslationsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern LANG_LINE = Pattern.compile("^ {2}'([^']+)': .*,$");

  private static Map<String, String> indonesian;
  private static Map<String, String> english;

  @BeforeAll
  static void read() throws IOException {
    indonesian = lang("id.js");
    english = lang("en.js");
  }

  @Test
  void everyCatalogueCodeHasAConsoleMessageInBothLanguages() {
    List<String> keys = keys();
    // A catalogue that silently lost its codes would pass everything: it must hold well-known ones.
    assertThat(keys).contains("error.required", "error.nik_length", "error.nik_province_invalid",
        "error.columns_mismatch", "error.password_too_short", "error.amount_exceeds_transfer_limit",
        "error.heir_not_highest_priority", "reason.incident_in_future", "import.failure.import_gave_up",
        "import.failure.file_encoding", "problem.duplicate_nik");
    assertThat(without(keys, indonesian.keySet())).as("keys missing in webroot/js/lang/id.js").isEmpty();
    assertThat(without(keys, english.keySet())).as("keys missing in webroot/js/lang/en.js").isEmpty();
  }

  @Test
  void indonesianAndEnglishHaveTheSameKeys() {
    assertThat(without(indonesian.keySet(), english.keySet())).as("keys of id.js not in en.js").isEmpty();
    assertThat(without(english.keySet(), indonesian.keySet())).as("keys of en.js not in id.js").isEmpty();
  }

  /** Console key of every code under each of its kinds, e.g. {@code error.nik_length}. */
  private static List<String> keys() {
    return ErrorCode.all().stream()
        .flatMap(code -> code.kinds().stream().map(ErrorKind::prefix).map(prefix -> prefix + code.code()))
        .sorted()
        .toList();
  }

  private static Set<String> without(Iterable<String> these, Set<String> those) {
    Set<String> left = new TreeSet<>();
    these.forEach(left::add);
    left.removeAll(those);
    return left;
  }

  /**
   * The keys of a language file. It is read line by line, so it must keep its plain shape: one
   * {@code 'key': 'text',} per line between {@code export default {} and {@code };}.
   */
  private static Map<String, String> lang(String file) throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("webroot/js/lang").resolve(file), StandardCharsets.UTF_8);
    Map<String, String> keys = new LinkedHashMap<>();
    boolean inside = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equals("export default {")) {
        inside = true;
      } else if (line.equals("};")) {
        inside = false;
      } else if (inside && !line.isBlank() && !line.strip().startsWith("//")) {
        Matcher m = LANG_LINE.matcher(line);
        assertThat(m.matches()).as("%s:%d is not one 'key': 'text', line: %s", file, i + 1, line).isTrue();
        assertThat(keys.put(m.group(1), line)).as("%s:%d repeats the key %s", file, i + 1, m.group(1)).isNull();
      }
    }
    assertThat(keys).as("keys read from %s", file).isNotEmpty();
    return keys;
  }
}
