package id.ngopeni.domain.worker;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.region.RegionCode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words an office's spreadsheet uses for what the registry stores as codes: a kelurahan by its
 * name ("Klojen", "Kel. Klojen", or the template's "Klojen (Kec. Klojen)" when two kecamatan have a
 * kelurahan of that name), a category by its Indonesian or English name ("Guru ngaji"), the sex as
 * L/P. Codes stay accepted as they are. Names compare without case, accents, punctuation and the
 * words kelurahan/kel./desa/kecamatan/kec.
 */
public final class OfficeVocabulary {
  /** One kelurahan with its kecamatan, as the reference data holds them. */
  public record Place(String kelurahanCode, String kelurahanName, String kecamatanCode, String kecamatanName) {}

  /** One category with its names. */
  public record Category(String code, String nameId, String nameEn) {}

  /** A cell resolved to a code, or the reason it could not be. */
  public record Resolved(String code, ErrorCode error) {
    static Resolved of(String code) {
      return new Resolved(code, null);
    }

    static Resolved failed(ErrorCode error) {
      return new Resolved(null, error);
    }
  }

  private final Set<String> kelurahanCodes = new java.util.HashSet<>();
  private final Map<String, List<Place>> kelurahanByName = new HashMap<>();
  private final Map<String, String> kecamatanByName = new HashMap<>();
  private final Map<String, String> categoryByWord = new HashMap<>();
  private final List<Place> places;

  public OfficeVocabulary(List<Place> places, List<Category> categories) {
    this.places = List.copyOf(places);
    for (Place p : places) {
      kelurahanCodes.add(p.kelurahanCode());
      kelurahanByName.computeIfAbsent(key(p.kelurahanName()), k -> new ArrayList<>()).add(p);
      kecamatanByName.put(key(p.kecamatanName()), p.kecamatanCode());
    }
    for (Category c : categories) {
      categoryByWord.put(key(c.code()), c.code());
      categoryByWord.put(key(c.nameId()), c.code());
      categoryByWord.put(key(c.nameEn()), c.code());
    }
  }

  /**
   * The kelurahan a cell names: a code as it is (when known); else a name, narrowed by the
   * kecamatan cell (a name or a code) or by the template's "(Kec. …)" suffix when the name is not
   * unique. Unknown → {@code kelurahan_unknown}; several left → {@code kelurahan_ambiguous}.
   */
  public Resolved kelurahan(String cell, String kecamatanCell) {
    String text = cell.strip();
    if (RegionCode.parseKelurahan(text).isPresent()) {
      return kelurahanCodes.contains(text) ? Resolved.of(text) : Resolved.failed(WorkerError.KELURAHAN_UNKNOWN);
    }
    String kecamatan = kecamatanCell == null ? "" : kecamatanCell.strip();
    int open = text.lastIndexOf('(');
    if (open > 0 && text.endsWith(")")) {
      kecamatan = text.substring(open + 1, text.length() - 1);
      text = text.substring(0, open);
    }
    List<Place> named = kelurahanByName.getOrDefault(key(text), List.of());
    if (!kecamatan.isBlank()) {
      String kecamatanCode = RegionCode.parse(kecamatan.strip()).isPresent() ? kecamatan.strip() : kecamatanByName.get(key(kecamatan));
      named = named.stream().filter(p -> p.kecamatanCode().equals(kecamatanCode)).toList();
    }
    if (named.isEmpty()) {
      return Resolved.failed(WorkerError.KELURAHAN_UNKNOWN);
    }
    return named.size() == 1 ? Resolved.of(named.get(0).kelurahanCode()) : Resolved.failed(WorkerError.KELURAHAN_AMBIGUOUS);
  }

  /** The category a cell names (its code or either name), or empty. */
  public Optional<String> category(String cell) {
    return Optional.ofNullable(categoryByWord.get(key(cell)));
  }

  /**
   * The label the template's drop-down offers for a kelurahan: its name, with "(Kec. …)" when
   * another kecamatan has a kelurahan of the same name.
   */
  public String label(Place place) {
    boolean unique = kelurahanByName.getOrDefault(key(place.kelurahanName()), List.of()).size() == 1;
    return unique ? place.kelurahanName() : place.kelurahanName() + " (Kec. " + place.kecamatanName() + ")";
  }

  public List<Place> places() {
    return places;
  }

  /** {@code L}, {@code LK}, {@code Laki-laki}, {@code Pria} → M; {@code P}, {@code PR}, {@code Perempuan}, {@code Wanita} → F; else as written. */
  public static String sex(String cell) {
    if (cell == null) {
      return null;
    }
    return switch (key(cell)) {
      case "l", "lk", "laki laki", "lakilaki", "laki", "pria", "m", "male" -> "M";
      case "p", "pr", "perempuan", "wanita", "f", "female" -> "F";
      default -> cell;
    };
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern PUNCTUATION = Pattern.compile("[^a-z0-9]+");
  private static final Pattern AREA_WORD = Pattern.compile("^(kelurahan|kel|desa|kecamatan|kec) ");

  /**
   * Lower case, no accents, punctuation as spaces, without the words kelurahan/kel/desa/kecamatan/kec.
   * Three cells of every imported row come here: the patterns are compiled once.
   */
  static String key(String text) {
    String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
    String plain = PUNCTUATION.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT))
        .replaceAll(" ").strip();
    return AREA_WORD.matcher(plain).replaceFirst("").strip();
  }
}
