package id.ngopeni.domain.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code in dotted form: province {@code 35}, regency/city {@code 35.73},
 * kecamatan {@code 35.73.02}, kelurahan/desa {@code 35.73.02.1001}.
 */
public record RegionCode(String value) {
  private static final Pattern SHAPE =
      Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

  public enum Level {
    PROVINCE,
    REGENCY,
    KECAMATAN,
    KELURAHAN
  }

  public RegionCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a region code");
    }
  }

  public static Optional<RegionCode> parse(String text) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new RegionCode(text));
  }

  /** Parses a code that must name a kelurahan ({@code NN.NN.NN.NNNN}). */
  public static Optional<RegionCode> parseKelurahan(String text) {
    return parse(text).filter(c -> c.level() == Level.KELURAHAN);
  }

  public Level level() {
    return switch (value.length()) {
      case 2 -> Level.PROVINCE;
      case 5 -> Level.REGENCY;
      case 8 -> Level.KECAMATAN;
      default -> Level.KELURAHAN;
    };
  }

  /** The enclosing region one level up; empty for a province. */
  public Optional<RegionCode> parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, dot)));
  }

  public boolean isWithin(RegionCode ancestor) {
    return value.equals(ancestor.value) || value.startsWith(ancestor.value + ".");
  }

  @Override
  public String toString() {
    return value;
  }
}
