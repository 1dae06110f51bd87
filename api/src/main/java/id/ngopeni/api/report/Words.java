package id.ngopeni.api.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Indonesian words printed reports and audit exports use for codes ({@code words-id.tsv}
 * beside this class): statuses, claim types, relationships, roles, audit actions, entity types
 * and field names. A code without a word is printed as it is.
 */
public final class Words {
  /** Fields of the audit trail's states that hold whole rupiah. */
  public static final Set<String> MONEY_FIELDS = Set.of("amount", "declaredIncome", "entitlementTotal", "allocated",
      "total", "paidTotal", "medicalCosts", "budgetCeiling", "ceiling", "committed", "jkk", "jkm", "jht");

  private static final Map<String, String> WORDS = load();

  private Words() {}

  /** The word for {@code key}, or {@code fallback} when there is none. */
  public static String or(String key, String fallback) {
    return WORDS.getOrDefault(key, fallback);
  }

  /** The word for {@code prefix.code}, or the code itself; null stays null. */
  public static String of(String prefix, String code) {
    return code == null ? null : WORDS.getOrDefault(prefix + "." + code, code);
  }

  public static boolean has(String key) {
    return WORDS.containsKey(key);
  }

  private static Map<String, String> load() {
    Map<String, String> words = new HashMap<>();
    try (InputStream in = Words.class.getResourceAsStream("words-id.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", 2);
        if (cells.length != 2 || words.put(cells[0], cells[1]) != null) {
          throw new IllegalStateException("words-id.tsv: a row without its word, or a key twice: " + cells[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(words);
  }
}
