package id.ngopeni.domain.worker;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Folds a name to lower-case ASCII letters, digits and single-char separators. */
final class NameCharacters {
  /** Letters NFD does not split into base + accent, spelled the way a clerk would type them. */
  private static final Map<Integer, String> LETTERS =
      Map.of(
          (int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'ø', "o", (int) 'ł', "l",
          (int) 'đ', "d", (int) 'ð', "d", (int) 'ı', "i", (int) 'þ', "th");

  /** Apostrophes join (Ma'ruf = Maruf): they mark a glottal stop, not a word break. */
  private static final String APOSTROPHES = "'’‘`´ʼʻ";

  private NameCharacters() {}

  /**
   * Lower case first (so İ becomes i + dot, which NFD then strips), then accents off; anything that
   * is not a-z or 0-9 becomes a space, so dots and commas separate tokens ({@code H.Abdul}, {@code
   * S.Pd.}). The result is pure ASCII, which keeps normalising idempotent.
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append((char) c);
              } else if (LETTERS.containsKey(c)) {
                out.append(LETTERS.get(c));
              } else if (!isMark(c) && APOSTROPHES.indexOf(c) < 0) {
                out.append(' ');
              }
            });
    return out.toString();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
