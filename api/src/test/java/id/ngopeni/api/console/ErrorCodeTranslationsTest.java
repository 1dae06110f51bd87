package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.console.SourceCalls.Call;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every error code the server can put in a field error ({@code errors[].code} of a problem, or of
 * an import's row errors) has a console message, {@code error.<code>}, in Bahasa Indonesia and in
 * English; every code an import job can stop with has {@code import.failure.<code>}; and the two
 * language files have the same keys.
 *
 * <p>The codes are read from the server's sources, not copied here: every call that builds a field
 * error is found and its code argument taken. A code argument that is not a string literal (a
 * helper's parameter, {@code reason.code()}, a re-emitted error) must be explained in
 * {@link #INDIRECT}, which says where such codes are written instead; a new kind of call site fails
 * this test until it is explained, and an explanation whose call site is gone fails it too.
 */
class ErrorCodeTranslationsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern LANG_LINE = Pattern.compile("^ {2}'([^']+)': .*,$");
  private static final Predicate<String> ANY_FILE = name -> true;

  /** Where a code is written: the {@code index}-th of {@code arity} arguments of calls of {@code opener}. */
  private record Origin(Predicate<String> files, String opener, int arity, int index) {
    static Origin in(String file, String opener, int arity, int index) {
      return new Origin(file::equals, opener, arity, index);
    }

    static Origin anywhere(String opener, int arity, int index) {
      return new Origin(ANY_FILE, opener, arity, index);
    }
  }

  /**
   * Why a code argument that is no literal is still covered: the origins where its codes are
   * written as literals, or none when it passes on an error whose code was built (and is scanned)
   * elsewhere; {@code prefix} when the console shows these codes under keys of their own. Keyed by
   * the call's file and the argument as written.
   */
  private record Explanation(String why, String prefix, List<Origin> origins) {}

  private static final Map<String, Explanation> INDIRECT = new LinkedHashMap<>();

  static {
    explain("Nik.java", "code", "Nik.parse's helpers: invalid(code, …) and the segment codes",
        Origin.in("Nik.java", "invalid(", 2, 0), Origin.in("NikSegments.java", "codes.add(", 1, 0));
    explain("PayoutRules.java", "code", "amountRefused(code, …)", Origin.in("PayoutRules.java", "amountRefused(", 2, 0));
    // The claim page shows eligibility reasons, and a verification they refuse, as reason.<code>.
    INDIRECT.put("Claim.java: reason.code()", new Explanation("eligibility reasons", "reason.",
        List.of(Origin.anywhere("new Reason(", 2, 0))));
    explain("ClaimJsonColumns.java", "r.getString(\"code\")", "reads back the reasons stored when the claim was filed");
    explain("UserService.java", "code", "Usernames.problem and PasswordPolicy.problem",
        Origin.in("Usernames.java", "Optional.of(", 1, 0), Origin.in("PasswordPolicy.java", "Optional.of(", 1, 0));
    explain("MembershipService.java", "e.code()", "re-emits MembershipPolicy.validate's errors");
    explain("HeirInput.java", "e.code()", "re-emits Fields' errors under the heir's path");
    explain("RowChecker.java", "e.code()", "re-emits WorkerDraft.validate's errors under the file's column");
    explain("ImportRunner.java", "p.code()", "a FileProblem's code", Origin.anywhere("new FileProblem(", 2, 0));
    explain("ImportRepository.java", "r.getString(\"code\")", "reads back the row errors RowChecker stored");
    explain("Invalid.java", "code", "Invalid.of itself: its callers are scanned");
    explain("Violations.java", "code", "Violations.add itself: its callers are scanned");
    explain("BatchService.java", "batchId", "not a field error: PayoutBatchRepository.add(tx, id, payouts)");
  }

  private static void explain(String file, String expression, String why, Origin... origins) {
    INDIRECT.put(file + ": " + expression, new Explanation(why, null, List.of(origins)));
  }

  /** The calls that build a field error, and where each takes its code. */
  private static final List<Origin> FIELD_ERRORS = List.of(
      Origin.anywhere("new FieldError(", 3, 1),
      Origin.anywhere("Invalid.of(", 3, 1),
      Origin.anywhere(".add(", 3, 1), // Violations.add(field, code, message)
      Origin.anywhere("new RowError(", 4, 2));

  /** The calls that end an import job as FAILED with a code. */
  private static final List<Origin> IMPORT_FAILURES = List.of(Origin.in("ImportRunner.java", "finish(", 4, 2));

  private static SourceCalls sources;
  private static Map<String, String> indonesian;
  private static Map<String, String> english;

  @BeforeAll
  static void read() throws IOException {
    sources = new SourceCalls(ROOT, "domain", "persistence", "api");
    indonesian = lang("id.js");
    english = lang("en.js");
  }

  @Test
  void everyFieldErrorCodeHasAConsoleMessageInBothLanguages() {
    Map<String, String> keys = keys(FIELD_ERRORS, "error.");
    // A scanner that silently found nothing would pass everything: it must see well-known codes.
    assertThat(keys).containsKeys("error.required", "error.nik_length", "error.nik_province_invalid",
        "error.columns_mismatch", "error.password_too_short", "error.amount_exceeds_transfer_limit",
        "error.heir_not_highest_priority", "reason.incident_in_future");
    assertThat(missing(keys, indonesian)).as("keys missing in webroot/js/lang/id.js").isEmpty();
    assertThat(missing(keys, english)).as("keys missing in webroot/js/lang/en.js").isEmpty();
  }

  @Test
  void everyImportFailureCodeHasAConsoleMessageInBothLanguages() {
    Map<String, String> keys = keys(IMPORT_FAILURES, "import.failure.");
    assertThat(keys).containsKeys("import.failure.import_gave_up", "import.failure.file_encoding");
    assertThat(missing(keys, indonesian)).as("keys missing in webroot/js/lang/id.js").isEmpty();
    assertThat(missing(keys, english)).as("keys missing in webroot/js/lang/en.js").isEmpty();
  }

  @Test
  void indonesianAndEnglishHaveTheSameKeys() {
    assertThat(without(indonesian.keySet(), english.keySet())).as("keys of id.js not in en.js").isEmpty();
    assertThat(without(english.keySet(), indonesian.keySet())).as("keys of en.js not in id.js").isEmpty();
  }

  @Test
  void everyExplanationOfAnIndirectCodeStillHasItsCallSite() {
    Set<String> used = new TreeSet<>();
    keys(FIELD_ERRORS, "error.", used);
    keys(IMPORT_FAILURES, "import.failure.", used);
    assertThat(used).as("INDIRECT entries whose call site is gone").containsExactlyInAnyOrderElementsOf(INDIRECT.keySet());
  }

  private static Map<String, String> keys(List<Origin> origins, String prefix) {
    return keys(origins, prefix, new TreeSet<>());
  }

  /** Console key (prefix + code) → where the code is written, for the failure message. */
  private static Map<String, String> keys(List<Origin> origins, String prefix, Set<String> explanationsUsed) {
    Scan scan = new Scan(new TreeMap<>(), new TreeSet<>(), explanationsUsed);
    origins.forEach(o -> scan.collect(o, prefix));
    assertThat(scan.unexplained).as("code arguments that are not string literals: explain them in INDIRECT").isEmpty();
    return scan.keys;
  }

  private record Scan(Map<String, String> keys, Set<String> unexplained, Set<String> explanationsUsed) {
    void collect(Origin origin, String prefix) {
      for (Call call : sources.calls(origin.files(), origin.opener(), origin.arity())) {
        resolve(call, call.args().get(origin.index()), prefix);
      }
    }

    void resolve(Call call, String expression, String prefix) {
      Matcher literal = LITERAL.matcher(expression);
      List<String> branches = SourceCalls.branches(expression);
      if (literal.matches()) {
        String code = literal.group(1);
        assertThat(code).as("code at %s:%d", call.file(), call.line()).matches(CODE);
        keys.putIfAbsent(prefix + code, call.file() + ":" + call.line());
      } else if (branches != null) {
        branches.forEach(b -> resolve(call, b, prefix));
      } else if (!expression.equals("null")) {
        String key = call.file() + ": " + expression;
        Explanation explanation = INDIRECT.get(key);
        if (explanation == null) {
          unexplained.add(key + " (line " + call.line() + ")");
        } else {
          explanationsUsed.add(key);
          String under = explanation.prefix() == null ? prefix : explanation.prefix();
          explanation.origins().forEach(o -> collect(o, under));
        }
      }
    }
  }

  private static Set<String> without(Set<String> these, Set<String> those) {
    Set<String> left = new TreeSet<>(these);
    left.removeAll(those);
    return left;
  }

  private static List<String> missing(Map<String, String> keys, Map<String, String> lang) {
    return keys.entrySet().stream()
        .filter(e -> !lang.containsKey(e.getKey()))
        .map(e -> e.getKey() + " (code from " + e.getValue() + ")")
        .toList();
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
