package id.ngopeni.domain.worker;

import java.util.Optional;

/** Sex as recorded on the e-KTP; the NIK encodes it (day of birth + 40 for women). */
public enum Sex {
  M,
  F;

  /** Accepts exactly {@code M} or {@code F}, the API's spelling; anything else is empty. */
  public static Optional<Sex> parse(String text) {
    if ("M".equals(text)) {
      return Optional.of(M);
    }
    if ("F".equals(text)) {
      return Optional.of(F);
    }
    return Optional.empty();
  }
}
