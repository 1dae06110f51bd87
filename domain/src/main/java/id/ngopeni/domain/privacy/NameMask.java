package id.ngopeni.domain.privacy;

/**
 * A person's name as a list of people affected by a breach shows it: each word's first letter,
 * the rest masked, its length kept ({@code Siti Maryam} → {@code S••• M•••••}). Enough to match a
 * row with the worker it links to, not enough to read who it is over a shoulder.
 */
public final class NameMask {
  private NameMask() {}

  public static String of(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        out.append(' ');
        wordStart = true;
      } else {
        out.append(wordStart ? c : Masks.DOT);
        wordStart = false;
      }
    }
    return out.toString();
  }
}
