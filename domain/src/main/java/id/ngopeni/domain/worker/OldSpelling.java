package id.ngopeni.domain.worker;

/**
 * Rewrites pre-1972 (Van Ophuijsen / Soewandi) spellings into EYD, so {@code Soekarno} and {@code
 * Sukarno} give the same key. Many older people's e-KTPs still carry the old spelling, while
 * relatives and clerks type the new one.
 *
 * <p>This is a comparison key, not a spelling corrector: modern names that happen to contain a
 * pattern (the {@code nj} of {@code Panji}) are rewritten too, which is harmless because both
 * spellings of every name are rewritten the same way.
 */
final class OldSpelling {
  /** Pairs in the order applied; {@code tj → c} runs before {@code ch → kh} (see below). */
  private static final String[][] RULES = {
    {"oe", "u"}, // Soekarno → Sukarno
    {"dj", "j"}, // Djoko → Joko
    {"tj", "c"}, // Tjipto → Cipto; before ch→kh so a new "ch" from "tjh" is rewritten too
    {"sj", "sy"}, // Sjahrir → Syahrir
    {"nj", "ny"}, // Njoman → Nyoman
    {"ch", "kh"} // Chusnul → Khusnul (Moch… forms are mapped by PersonNames, not here)
  };

  private OldSpelling() {}

  /**
   * Applies every rule until none matches any more: one replacement can create another match
   * ({@code ddj → dj}), and a key must not change when normalised again. It ends because each step
   * shortens the token or removes a {@code j} or {@code c} without adding one elsewhere.
   */
  static String modernize(String token) {
    String current = token;
    String previous;
    do {
      previous = current;
      for (String[] rule : RULES) {
        current = current.replace(rule[0], rule[1]);
      }
    } while (!current.equals(previous));
    return current;
  }
}
