package id.ngopeni.domain.coverage;

import java.util.Locale;
import java.util.Optional;

/**
 * What the coverage report groups its rows by. Only areas (kecamatan, kelurahan) have
 * baselines, so only area rows carry a workforce, a UCJ percentage and a gap of their own.
 */
public enum Grouping {
  KECAMATAN,
  KELURAHAN,
  CATEGORY,
  FUNDING_SOURCE;

  /** {@code kecamatan}, {@code kelurahan}, {@code category}, {@code fundingSource}. */
  public static Optional<Grouping> parse(String text) {
    for (Grouping g : values()) {
      if (g.parameter().equals(text)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  public String parameter() {
    return this == FUNDING_SOURCE ? "fundingSource" : name().toLowerCase(Locale.ROOT);
  }

  public boolean isArea() {
    return this == KECAMATAN || this == KELURAHAN;
  }
}
