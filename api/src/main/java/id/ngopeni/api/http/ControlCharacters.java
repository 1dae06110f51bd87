package id.ngopeni.api.http;

/**
 * What may break a record: the C0 and C1 control characters (Unicode category Cc: NUL, TAB, LF,
 * CR, DEL, NEL…) and the Unicode line and paragraph separators (U+2028, U+2029), which some
 * line-based readers also split on. Every text input refuses them ({@link JsonText},
 * {@link ParameterGuard}); every file writer refuses to write them ({@link FileCells}).
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** True if {@code text} holds any of them. */
  public static boolean any(String text) {
    return find(text, false);
  }

  /** True if {@code text} holds any of them other than a line feed (LF, U+000A). */
  public static boolean anyButLineFeed(String text) {
    return find(text, true);
  }

  private static boolean find(String text, boolean lineFeedAllowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && lineFeedAllowed) {
        continue;
      }
      if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with each of them shown as {@code ?} and cut to {@code max} characters: safe to echo in an error. */
  static String printable(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max));
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      out.append(Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' ? '?' : c);
    }
    return out.toString();
  }
}
