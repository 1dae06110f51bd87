package id.ngopeni.domain.worker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an Indonesian full name into a key for finding the same person registered twice. The
 * database compares keys by trigram similarity (pg_trgm); this class only makes two spellings of
 * one name look alike. The key is deterministic and idempotent: normalising a key returns it.
 */
public final class PersonNames {
  /**
   * Honorifics and academic/religious titles, as people write them. They come and go between
   * documents (a Haji adds {@code H.} after the pilgrimage, a teacher adds {@code S.Pd.}) but do
   * not change who someone is, so they are dropped wherever they stand. {@code St.} is left alone:
   * it is as often "Siti" as Sarjana Teknik.
   */
  private static final List<String> TITLES =
      words(
          """
  H. Hj. Haji Hajjah Hajah KH K.H. Kyai Kiai Nyai Ust. Ustad Ustadz Ustaz Ustadzah Ustazah
  Bapak Bpk. Bp. Pak Ibu Sdr. Sdri. Sdra. Mbah Drs. Dra. Dr. Ir. Prof. Lc. S.Pd. SPd
  S.Pd.I. SPdI S.Ag. SAg S.H. SH S.E. SE S.Kom. SKom S.T. S.Sos. SSos S.Si. S.IP. S.Hum.
  M.Pd. MPd M.Si. MSi M.M. MM M.Ag. M.H. Amd. A.Md.
""");

  /**
   * Spellings of Muhammad and Abdul. The Prophet's name is written a dozen ways on KTPs and
   * abbreviated freely; {@code Abd.} is the usual abbreviation of Abdul. Keys are taken after
   * {@link OldSpelling}, so {@code Moch} is looked up as {@code mokh}.
   */
  private static final Map<String, String> VARIANTS =
      variants(
          Map.of(
              "muhammad",
              List.of(
                  "Moch",
                  "Moh",
                  "Mochammad",
                  "Mochamad",
                  "Mohammad",
                  "Mohamad",
                  "Mohamed",
                  "Muhamad",
                  "Muchammad",
                  "Muchamad",
                  "Mukhammad",
                  "Mukhamad",
                  "Muh",
                  "Mhd",
                  "Mohd"),
              "abdul",
              List.of("Abd")));

  /** Titles as token sequences (K.H. → [k, h]), longest first so S.Pd.I. beats S.Pd. */
  private static final List<List<String>> TITLE_TOKENS =
      TITLES.stream()
          .map(PersonNames::spelledTokens)
          .distinct()
          .sorted((a, b) -> b.size() - a.size())
          .toList();

  /** {@link #TITLE_TOKENS} by their first token, each list in the same order (longest first). */
  private static final Map<String, List<List<String>>> TITLES_BY_FIRST_TOKEN =
      TITLE_TOKENS.stream().collect(Collectors.groupingBy(t -> t.get(0), Collectors.toUnmodifiableList()));

  /**
   * Words looked at. A real name has a handful; the cap keeps title removal (quadratic in the worst
   * case) cheap on hostile input, and keys stay idempotent because a key never has more words than
   * the name it came from.
   */
  static final int MAX_WORDS = 40;

  private PersonNames() {}

  /**
   * The comparison key of a full name. Each step, and why:
   *
   * <ul>
   *   <li>lower case: e-KTPs print names in capitals, forms hold mixed case;
   *   <li>accents stripped (NFD): keyboards and OCR add or drop them (José = Jose);
   *   <li>apostrophes dropped: Ma'ruf is typed Maruf as often as not;
   *   <li>other punctuation becomes a space, spaces collapse: {@code H.Abdul}, {@code Nur-Hidayah}
   *       and double spaces are typing noise;
   *   <li>old spelling modernised ({@link OldSpelling}): Soekarno and Sukarno are one name;
   *   <li>Moch./Moh./Mochammad/… become muhammad, Abd. becomes abdul: abbreviations and
   *       transliterations of one name;
   *   <li>titles dropped wherever they stand ({@link #TITLES}): they come and go between documents;
   *   <li>a lone M opening the name becomes muhammad: the usual abbreviation there, while elsewhere
   *       M is just an initial;
   *   <li>only the first {@value #MAX_WORDS} words count: see {@link #MAX_WORDS}.
   * </ul>
   *
   * <p>A name of titles only gives the empty key.
   */
  public static String normalize(String fullName) {
    Objects.requireNonNull(fullName, "fullName");
    List<String> tokens = new ArrayList<>();
    for (String token : spelledTokens(fullName).stream().limit(MAX_WORDS).toList()) {
      tokens.add(VARIANTS.getOrDefault(token, token));
    }
    removeTitles(tokens);
    if (!tokens.isEmpty() && tokens.get(0).equals("m")) {
      tokens.set(0, "muhammad");
    }
    return String.join(" ", tokens);
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }

  private static List<String> spelledTokens(String text) {
    return Arrays.stream(NameCharacters.fold(text).split(" "))
        .filter(t -> !t.isEmpty())
        .map(OldSpelling::modernize)
        .toList();
  }

  /** Drops title sequences until none is left: dropping one can join the halves of another. */
  private static void removeTitles(List<String> tokens) {
    boolean removed;
    do {
      removed = false;
      for (int i = 0; i < tokens.size(); i++) {
        for (List<String> title : TITLES_BY_FIRST_TOKEN.getOrDefault(tokens.get(i), List.of())) {
          if (startsWithAt(tokens, i, title)) {
            tokens.subList(i, i + title.size()).clear();
            removed = true;
            i--;
            break;
          }
        }
      }
    } while (removed);
  }

  private static boolean startsWithAt(List<String> tokens, int at, List<String> title) {
    return at + title.size() <= tokens.size()
        && tokens.subList(at, at + title.size()).equals(title);
  }

  private static Map<String, String> variants(Map<String, List<String>> spellingsByName) {
    return spellingsByName.entrySet().stream()
        .flatMap(
            e -> e.getValue().stream().map(v -> Map.entry(spelledTokens(v).get(0), e.getKey())))
        .collect(
            // Muchammad and Mukhammad spell to the same key: one entry is enough.
            Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
  }

  /** For tests: every title token sequence, to check none survives normalisation. */
  static Set<List<String>> titleTokens() {
    return Set.copyOf(TITLE_TOKENS);
  }
}
