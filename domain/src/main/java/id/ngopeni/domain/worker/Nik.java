package id.ngopeni.domain.worker;

import static id.ngopeni.domain.worker.NikSegments.FEMALE_DAY_OFFSET;
import static id.ngopeni.domain.worker.NikSegments.number;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.region.RegionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PP KK CC DDMMYY SSSS} — province, regency/city and
 * kecamatan where it was first issued, birth date (day + 40 for women) and a serial.
 *
 * <p>A NIK is personal data: {@link #toString()} masks it so it cannot leak into logs or error
 * messages by accident; {@link #value()} is for storage and for comparing with other NIKs.
 */
public final class Nik {
  /** The JSON field every parse error is reported against. */
  public static final String FIELD = "nik";

  private static final int LENGTH = 16;

  private final String value;

  private Nik(String value) {
    this.value = value;
  }

  /**
   * Reads a NIK, ignoring surrounding whitespace (pasted values carry it). Refuses with {@link
   * Invalid} on field {@code nik}: {@code nik_required}, {@code nik_not_digits}, {@code
   * nik_length}, or one error per broken segment: {@code nik_province_invalid}, {@code
   * nik_regency_invalid}, {@code nik_kecamatan_invalid}, {@code nik_birth_date_invalid}, {@code
   * nik_serial_invalid}.
   */
  public static Nik parse(String text) {
    String digits = text == null ? "" : text.strip();
    if (digits.isEmpty()) {
      throw invalid(WorkerError.NIK_REQUIRED);
    }
    // Only ASCII digits: Character.isDigit would let Arabic-Indic digits through.
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid(WorkerError.NIK_NOT_DIGITS);
    }
    if (digits.length() != LENGTH) {
      throw invalid(WorkerError.NIK_LENGTH);
    }
    List<ErrorCode> codes = NikSegments.violations(digits);
    if (!codes.isEmpty()) {
      throw new Invalid(codes.stream().map(code -> new FieldError(FIELD, code)).toList());
    }
    return new Nik(digits);
  }

  /**
   * Builds the NIK of a person: two-digit region codes, birth date and sex, serial 1–9999. Refuses
   * like {@link #parse} when a part breaks a rule (e.g. province 10, serial 0).
   *
   * @throws IllegalArgumentException when a number does not fit its segment at all
   */
  public static Nik of(
      int province, int regency, int kecamatan, LocalDate birthDate, Sex sex, int serial) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    requireRange("province", province, 99);
    requireRange("regency", regency, 99);
    requireRange("kecamatan", kecamatan, 99);
    requireRange("serial", serial, 9999);
    int day = birthDate.getDayOfMonth() + (sex == Sex.F ? FEMALE_DAY_OFFSET : 0);
    // Locale.ROOT: some default locales format %d with non-ASCII digits.
    return parse(
        String.format(
            Locale.ROOT,
            "%02d%02d%02d%02d%02d%02d%04d",
            province,
            regency,
            kecamatan,
            day,
            birthDate.getMonthValue(),
            birthDate.getYear() % 100,
            serial));
  }

  /** {@link #of(int, int, int, LocalDate, Sex, int)} for a kecamatan code such as 35.73.02. */
  public static Nik of(RegionCode kecamatan, LocalDate birthDate, Sex sex, int serial) {
    if (kecamatan.level() != RegionCode.Level.KECAMATAN) {
      throw new IllegalArgumentException("not a kecamatan code");
    }
    String v = kecamatan.value();
    return of(
        Integer.parseInt(v, 0, 2, 10),
        Integer.parseInt(v, 3, 5, 10),
        Integer.parseInt(v, 6, 8, 10),
        birthDate,
        sex,
        serial);
  }

  /** The 16 digits, for storage. Never log this. */
  public String value() {
    return value;
  }

  public RegionCode provinceCode() {
    return new RegionCode(value.substring(0, 2));
  }

  public RegionCode regencyCode() {
    return new RegionCode(value.substring(0, 2) + "." + value.substring(2, 4));
  }

  public RegionCode kecamatanCode() {
    return new RegionCode(regencyCode().value() + "." + value.substring(4, 6));
  }

  public Sex sex() {
    return encodedDay() > FEMALE_DAY_OFFSET ? Sex.F : Sex.M;
  }

  /** Day of month of the birth date (1–31), without the +40 for women. */
  public int birthDay() {
    int day = encodedDay();
    return day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
  }

  public int birthMonth() {
    return number(value, 8, 10);
  }

  /** The year of birth without its century (0–99): all the NIK records. */
  public int birthYearTwoDigits() {
    return number(value, 10, 12);
  }

  /** The serial, 1–9999. */
  public int serial() {
    return number(value, 12, 16);
  }

  /**
   * The birth date, taking the latest century that puts it on a real date not after {@code today}:
   * a NIK dated 01-01-30 read in 2026 belongs to someone born in 1930, not 2030.
   */
  public LocalDate birthDate(LocalDate today) {
    int yy = birthYearTwoDigits();
    int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
    // Feb 29 may skip non-leap centuries (1900, 1800, 1700), so look back a few.
    for (int tries = 0; tries < 5; tries++, year -= 100) {
      YearMonth month = YearMonth.of(year, birthMonth());
      if (month.isValidDay(birthDay())) {
        LocalDate date = month.atDay(birthDay());
        if (!date.isAfter(today)) {
          return date;
        }
      }
    }
    throw new IllegalStateException("unreachable: parse admits only real dates");
  }

  /**
   * Errors where this NIK contradicts what the person declared: {@code nik_birth_date_mismatch}
   * (day, month or two-digit year differ) and {@code nik_sex_mismatch}. A null declaration is not
   * compared (its absence is reported elsewhere).
   */
  public List<FieldError> checkAgainst(LocalDate declaredBirthDate, Sex declaredSex) {
    List<FieldError> errors = new ArrayList<>(2);
    if (declaredBirthDate != null
        && (declaredBirthDate.getDayOfMonth() != birthDay()
            || declaredBirthDate.getMonthValue() != birthMonth()
            || declaredBirthDate.getYear() % 100 != birthYearTwoDigits())) {
      errors.add(new FieldError(FIELD, WorkerError.NIK_BIRTH_DATE_MISMATCH));
    }
    if (declaredSex != null && declaredSex != sex()) {
      errors.add(new FieldError(FIELD, WorkerError.NIK_SEX_MISMATCH));
    }
    return errors;
  }

  /**
   * True if the two NIKs differ in exactly one digit: the commonest typing slip, so such a pair is
   * probably one person entered twice.
   */
  public boolean isOneDigitAwayFrom(Nik other) {
    int differences = 0;
    for (int i = 0; i < LENGTH && differences < 2; i++) {
      if (value.charAt(i) != other.value.charAt(i)) {
        differences++;
      }
    }
    return differences == 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nik other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Masked, e.g. {@code 3573**********01}: the regency (public anyway) and two serial digits are
   * enough to tell NIKs apart in a log without revealing the person.
   */
  @Override
  public String toString() {
    return mask(value);
  }

  /** {@link #toString}'s mask of 16 stored digits, for lists that must not show the whole NIK. */
  public static String mask(String digits) {
    if (digits == null || digits.length() != LENGTH) {
      return "*".repeat(LENGTH);
    }
    return digits.substring(0, 4) + "*".repeat(LENGTH - 6) + digits.substring(LENGTH - 2);
  }

  private int encodedDay() {
    return number(value, 6, 8);
  }

  private static void requireRange(String part, int number, int max) {
    if (number < 0 || number > max) {
      throw new IllegalArgumentException(part + " out of range 0-" + max);
    }
  }

  private static Invalid invalid(ErrorCode code) {
    return Invalid.of(FIELD, code);
  }
}
