package id.ngopeni.domain.worker;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.region.RegionCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A worker registration as it arrives (JSON body or import row): every field may be missing or
 * wrong. Text fields are stripped of surrounding whitespace and a blank one counts as missing.
 *
 * <p>{@link #validate} names every failing field at once, with the field's JSON name and a stable
 * code; {@link #accept} turns a valid draft into a {@link ValidatedWorker}.
 *
 * @param sex {@code M} or {@code F}
 * @param kelurahanCode e.g. {@code 35.73.02.1001}
 * @param category a category code such as {@code GURU_NGAJI}
 * @param phone optional; {@code +62…}, {@code 62…} or {@code 0…}
 * @param address optional, at most 500 characters
 */
public record WorkerDraft(
    String nik,
    String fullName,
    LocalDate birthDate,
    String sex,
    String kelurahanCode,
    String category,
    String phone,
    String address) {

  static final int MIN_AGE = 10;
  static final int MAX_AGE = 100;
  static final int MAX_NAME = 100;
  static final int MAX_ADDRESS = 500;

  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Every failing field, in field order; empty when the draft can be accepted. A missing required
   * field is {@code required} (the NIK too, so forms treat all fields alike); the NIK is otherwise
   * refused with {@link Nik#parse}'s codes, and when it parses it must agree with the declared
   * birth date and sex ({@code nik_birth_date_mismatch}, {@code nik_sex_mismatch}).
   */
  public List<FieldError> validate(LocalDate today) {
    Violations v = new Violations();
    Optional<Nik> parsedNik = Optional.empty();
    if (present(nik).isEmpty()) {
      v.add("nik", HttpError.REQUIRED);
    } else {
      parsedNik = parseNik(nik, v);
    }
    checkName(v);
    checkBirthDate(v, today);
    Optional<Sex> parsedSex = checkSex(v);
    parsedNik.ifPresent(n -> v.addAll(n.checkAgainst(birthDate, parsedSex.orElse(null))));
    checkKelurahan(v);
    checkCategory(v);
    if (present(phone).isPresent() && IndonesianPhone.normalize(phone).isEmpty()) {
      v.add("phone", WorkerError.PHONE_INVALID);
    }
    if (present(address).filter(a -> a.codePointCount(0, a.length()) > MAX_ADDRESS).isPresent()) {
      v.add("address", WorkerError.ADDRESS_INVALID);
    } else if (present(address).filter(a -> CONTROL.matcher(a).find()).isPresent()) {
      // One line, whether typed or imported (an XLSX cell may hold Alt+Enter line breaks): the
      // worker export refuses to write a value that could break a record of the file.
      v.add("address", HttpError.CONTROL_CHARACTERS);
    }
    return v.errors();
  }

  /**
   * Things worth a look that do not block registration. {@code nik_issued_elsewhere}: the NIK's
   * regency is not the kelurahan's — people move, so it is normal, but a clerk may check the e-KTP.
   * Fields that do not parse give no warning (they are errors already).
   */
  public List<WorkerWarning> warnings() {
    Optional<Nik> parsedNik = present(nik).flatMap(WorkerDraft::tryParseNik);
    Optional<RegionCode> kelurahan = present(kelurahanCode).flatMap(RegionCode::parseKelurahan);
    if (parsedNik.isPresent()
        && kelurahan.isPresent()
        && !kelurahan.get().isWithin(parsedNik.get().regencyCode())) {
      return List.of(
          new WorkerWarning(WorkerWarning.NIK_ISSUED_ELSEWHERE, WorkerError.NIK_ISSUED_ELSEWHERE.message()));
    }
    return List.of();
  }

  /** The validated worker, or {@link Invalid} with every error from {@link #validate}. */
  public ValidatedWorker accept(LocalDate today) {
    List<FieldError> errors = validate(today);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    return new ValidatedWorker(
        Nik.parse(nik),
        SPACES.matcher(fullName.strip()).replaceAll(" "),
        birthDate,
        Sex.parse(sex.strip()).orElseThrow(),
        RegionCode.parseKelurahan(kelurahanCode.strip()).orElseThrow(),
        category.strip(),
        present(phone).flatMap(IndonesianPhone::normalize).orElse(null),
        present(address).orElse(null),
        warnings());
  }

  /** Names, birth dates, phones and addresses stay out of logs; the NIK is not shown at all. */
  @Override
  public String toString() {
    return "WorkerDraft[kelurahanCode=" + kelurahanCode + ", category=" + category + "]";
  }

  private void checkName(Violations v) {
    Optional<String> name = present(fullName);
    if (name.isEmpty()) {
      v.add("fullName", HttpError.REQUIRED);
      return;
    }
    String n = name.get();
    int length = n.codePointCount(0, n.length());
    boolean hasLetter = n.codePoints().anyMatch(Character::isLetter);
    if (length < 2 || length > MAX_NAME || !hasLetter || CONTROL.matcher(n).find()) {
      v.add("fullName", WorkerError.NAME_INVALID);
    }
  }

  private void checkBirthDate(Violations v, LocalDate today) {
    if (birthDate == null) {
      v.add("birthDate", HttpError.REQUIRED);
      return;
    }
    if (birthDate.isAfter(today)) {
      v.add("birthDate", WorkerError.BIRTH_DATE_INVALID);
      return;
    }
    int age = Period.between(birthDate, today).getYears();
    if (age < MIN_AGE || age > MAX_AGE) {
      v.add("birthDate", WorkerError.BIRTH_DATE_INVALID);
    }
  }

  private Optional<Sex> checkSex(Violations v) {
    Optional<String> text = present(sex);
    if (text.isEmpty()) {
      v.add("sex", HttpError.REQUIRED);
      return Optional.empty();
    }
    Optional<Sex> parsed = Sex.parse(text.get());
    if (parsed.isEmpty()) {
      v.add("sex", WorkerError.SEX_INVALID);
    }
    return parsed;
  }

  private void checkKelurahan(Violations v) {
    Optional<String> text = present(kelurahanCode);
    if (text.isEmpty()) {
      v.add("kelurahanCode", HttpError.REQUIRED);
    } else if (RegionCode.parseKelurahan(text.get()).isEmpty()) {
      v.add("kelurahanCode", WorkerError.KELURAHAN_INVALID);
    }
  }

  private void checkCategory(Violations v) {
    Optional<String> text = present(category);
    if (text.isEmpty()) {
      v.add("category", HttpError.REQUIRED);
    } else if (!WorkerCategory.isCode(text.get())) {
      v.add("category", WorkerError.CATEGORY_INVALID);
    }
  }

  private static Optional<Nik> parseNik(String text, Violations v) {
    try {
      return Optional.of(Nik.parse(text));
    } catch (Invalid e) {
      v.addAll(e.errors());
      return Optional.empty();
    }
  }

  private static Optional<Nik> tryParseNik(String text) {
    return parseNik(text, new Violations());
  }

  private static Optional<String> present(String text) {
    return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
  }
}
