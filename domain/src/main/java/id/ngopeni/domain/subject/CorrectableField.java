package id.ngopeni.domain.subject;

import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import java.util.Arrays;

/**
 * The registry fields a person may ask to have corrected (UU 27/2022, Pasal 6 and 30), by the
 * worker's own JSON names. The requested value of an identifier (NIK, phone) is kept masked like
 * everywhere else: the full new value is typed from the person's document when the correction
 * is made through the worker's edit, so no new copy of a NIK is stored in clear.
 */
public enum CorrectableField {
  NIK("nik"), FULL_NAME("fullName"), BIRTH_DATE("birthDate"), SEX("sex"), KELURAHAN_CODE("kelurahanCode"),
  CATEGORY("category"), PHONE("phone"), ADDRESS("address");

  /** The longest requested value kept. */
  public static final int MAX_VALUE = 500;

  private final String wire;

  CorrectableField(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** The field named {@code text} (its JSON name); 422 {@code value_unknown} on {@code field} otherwise. */
  public static CorrectableField parse(String text) {
    return Arrays.stream(values()).filter(f -> f.wire.equals(text == null ? null : text.strip())).findFirst()
        .orElseThrow(() -> Invalid.of("field", HttpError.VALUE_UNKNOWN, "One of: nik, fullName, birthDate, sex, "
            + "kelurahanCode, category, phone, address."));
  }

  /** Whether the field holds an identifier that is shown and kept masked. */
  public boolean identifier() {
    return this == NIK || this == PHONE;
  }

  /**
   * The requested value as kept: stripped, masked for an identifier; 422 {@code required} or
   * {@code too_long} on {@code requestedValue}.
   */
  public String kept(String requestedValue) {
    String value = requestedValue == null ? "" : requestedValue.strip();
    if (value.isEmpty()) {
      throw Invalid.of("requestedValue", HttpError.REQUIRED);
    }
    if (value.length() > MAX_VALUE) {
      throw Invalid.of("requestedValue", HttpError.TOO_LONG, "At most " + MAX_VALUE + " characters.");
    }
    if (Masks.isMasked(value)) {
      return value;
    }
    return switch (this) {
      case NIK -> Masks.nik(value);
      case PHONE -> Masks.phone(value);
      default -> value;
    };
  }
}
