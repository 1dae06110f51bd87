package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkerDraftTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final LocalDate BORN = LocalDate.of(1975, 3, 9);

  /** Issued in Klojen (35.73.02) to a man born 9 Mar 1975. */
  private static final String NIK = "3573020903750007";

  private static final WorkerDraft VALID =
      new WorkerDraft(
          NIK,
          "Moch. Sholeh",
          BORN,
          "M",
          "35.73.02.1001",
          "MARBOT",
          "0812-3456-7890",
          "Jl. Kawi No. 3, RT 001/RW 002");

  private static WorkerDraft bornOn(LocalDate born) {
    return new WorkerDraft(
        Nik.of(35, 73, 2, born, Sex.M, 7).value(),
        "Sholeh",
        born,
        "M",
        "35.73.02.1001",
        "MARBOT",
        null,
        null);
  }

  private static List<String> codes(WorkerDraft draft) {
    return draft.validate(TODAY).stream().map(FieldError::code).toList();
  }

  private static WorkerDraft with(String field, String value) {
    return new WorkerDraft(
        field.equals("nik") ? value : VALID.nik(),
        field.equals("fullName") ? value : VALID.fullName(),
        VALID.birthDate(),
        field.equals("sex") ? value : VALID.sex(),
        field.equals("kelurahanCode") ? value : VALID.kelurahanCode(),
        field.equals("category") ? value : VALID.category(),
        field.equals("phone") ? value : VALID.phone(),
        field.equals("address") ? value : VALID.address());
  }

  @Test
  void aCompleteDraftIsValid() {
    assertThat(VALID.validate(TODAY)).isEmpty();
    assertThat(VALID.warnings()).isEmpty();
  }

  @Test
  void everyMissingRequiredFieldIsReportedAtOnce() {
    WorkerDraft empty = new WorkerDraft(null, " ", null, "", null, "\t", null, null);
    assertThat(empty.validate(TODAY))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("nik", "required"),
            tuple("fullName", "required"),
            tuple("birthDate", "required"),
            tuple("sex", "required"),
            tuple("kelurahanCode", "required"),
            tuple("category", "required"));
  }

  @Test
  void everyBrokenFieldIsReportedAtOnce() {
    WorkerDraft broken =
        new WorkerDraft(
            "3573020903750000",
            "1",
            TODAY.plusDays(1),
            "X",
            "35.73.02",
            "marbot",
            "12345",
            "x".repeat(501));
    assertThat(broken.validate(TODAY))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("nik", "nik_serial_invalid"),
            tuple("fullName", "name_invalid"),
            tuple("birthDate", "birth_date_invalid"),
            tuple("sex", "sex_invalid"), // no cross-check: the NIK itself is broken
            tuple("kelurahanCode", "kelurahan_invalid"),
            tuple("category", "category_invalid"),
            tuple("phone", "phone_invalid"),
            tuple("address", "address_invalid"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "357302090375000, nik_length",
    "3573O20903750007, nik_not_digits",
    "1073020903750007, nik_province_invalid",
    "3500020903750007, nik_regency_invalid",
    "3573000903750007, nik_kecamatan_invalid",
    "3573023102750007, nik_birth_date_invalid",
    "3573020903750000, nik_serial_invalid",
    "3573021003750007, nik_birth_date_mismatch",
    "3573020904750007, nik_birth_date_mismatch",
    "3573020903760007, nik_birth_date_mismatch",
    "3573024903750007, nik_sex_mismatch"
  })
  void nikErrorsAndCrossChecks(String nik, String code) {
    assertThat(with("nik", nik).validate(TODAY))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("nik", code));
  }

  @Test
  void theNikIsCheckedAgainstTheDeclaredSex() {
    WorkerDraft woman = with("sex", "F");
    assertThat(codes(woman)).containsExactly("nik_sex_mismatch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Al", "  Al  ", "Siti Aminah", "Hj. Siti Nur'aini, S.Pd.", "José"})
  void acceptableNames(String name) {
    assertThat(codes(with("fullName", name))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "  A  ", "12345", "---", "Siti\u0000Aminah", "Siti\nAminah"})
  void unacceptableNames(String name) {
    assertThat(codes(with("fullName", name))).containsExactly("name_invalid");
  }

  @ParameterizedTest(name = "{0} of {1} characters -> [{2}]")
  @CsvSource({
    "fullName, 100, ''",
    "fullName, 101, name_invalid",
    "address, 500, ''",
    "address, 501, address_invalid"
  })
  void lengthBoundaries(String field, int length, String code) {
    assertThat(codes(with(field, "a".repeat(length))))
        .isEqualTo(code.isEmpty() ? List.of() : List.of(code));
  }

  @Test
  void ageBoundaries() {
    assertThat(codes(bornOn(TODAY.minusYears(10)))).isEmpty();
    assertThat(codes(bornOn(TODAY.minusYears(10).plusDays(1))))
        .containsExactly("birth_date_invalid");
    assertThat(codes(bornOn(TODAY.minusYears(101).plusDays(1)))).isEmpty();
    assertThat(codes(bornOn(TODAY.minusYears(101)))).containsExactly("birth_date_invalid");
    assertThat(codes(bornOn(TODAY))).containsExactly("birth_date_invalid");
    assertThat(codes(bornOn(TODAY.plusDays(1)))).containsExactly("birth_date_invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"m", "f", "L", "P", "MALE", "X"})
  void sexIsMOrF(String sex) {
    assertThat(with("sex", sex).validate(TODAY))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("sex", "sex_invalid")); // no sex cross-check without a sex
  }

  @ParameterizedTest
  @ValueSource(strings = {"35", "35.73", "35.73.02", "3573021001", "35.73.02.100", "35.73.2.1001"})
  void kelurahanCodeShape(String code) {
    assertThat(codes(with("kelurahanCode", code))).containsExactly("kelurahan_invalid");
  }

  @ParameterizedTest(name = "[{0}] valid={1}")
  @CsvSource({
    "AB, true",
    "GURU_NGAJI, true",
    "A_, true",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN, true", // 40
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO, false", // 41
    "A, false",
    "_AB, false",
    "guru_ngaji, false",
    "GURU-NGAJI, false",
    "GURU NGAJI, false",
    "ATLET2, false"
  })
  void categoryCodeShape(String category, boolean valid) {
    assertThat(codes(with("category", category)))
        .isEqualTo(valid ? List.of() : List.of("category_invalid"));
  }

  @Test
  void phoneAndAddressAreOptional() {
    assertThat(codes(with("phone", null))).isEmpty();
    assertThat(codes(with("phone", "  "))).isEmpty();
    assertThat(codes(with("address", null))).isEmpty();
    assertThat(codes(with("phone", "0812"))).containsExactly("phone_invalid");
  }

  @Test
  void aNikFromAnotherRegencyIsAWarningNotAnError() {
    WorkerDraft fromBatu = with("nik", "3579010903750007");
    assertThat(fromBatu.validate(TODAY)).isEmpty();
    assertThat(fromBatu.warnings())
        .extracting(WorkerWarning::code)
        .containsExactly("nik_issued_elsewhere");
    assertThat(fromBatu.warnings().get(0).message()).doesNotContain("3579");
    assertThat(fromBatu.accept(TODAY).warnings()).isEqualTo(fromBatu.warnings());
  }

  @Test
  void anotherKecamatanInTheSameCityIsNoWarning() {
    assertThat(with("nik", "3573050903750007").warnings()).isEmpty();
  }

  @Test
  void unparsableFieldsGiveNoWarning() {
    assertThat(with("nik", "3579").warnings()).isEmpty();
    assertThat(with("kelurahanCode", "35.79").warnings()).isEmpty();
  }

  @Test
  void acceptReturnsTypedNormalisedValues() {
    WorkerDraft sloppy =
        new WorkerDraft(
            " " + NIK + " ",
            "  Moch.   Sholeh ",
            BORN,
            " M ",
            " 35.73.02.1001 ",
            " MARBOT ",
            "0812 3456 7890",
            "  Jl. Kawi No. 3  ");
    ValidatedWorker worker = sloppy.accept(TODAY);
    assertThat(worker.nik().value()).isEqualTo(NIK);
    assertThat(worker.fullName()).isEqualTo("Moch. Sholeh");
    assertThat(worker.nameKey()).isEqualTo("muhammad sholeh");
    assertThat(worker.birthDate()).isEqualTo(BORN);
    assertThat(worker.sex()).isEqualTo(Sex.M);
    assertThat(worker.kelurahan().value()).isEqualTo("35.73.02.1001");
    assertThat(worker.category()).isEqualTo("MARBOT");
    assertThat(worker.phone()).isEqualTo("+6281234567890");
    assertThat(worker.address()).isEqualTo("Jl. Kawi No. 3");
    assertThat(worker.warnings()).isEmpty();
  }

  @Test
  void acceptLeavesAbsentOptionalsNull() {
    ValidatedWorker worker = with("phone", "").accept(TODAY);
    assertThat(worker.phone()).isNull();
    assertThat(bornOn(BORN).accept(TODAY).address()).isNull();
  }

  @Test
  void acceptRefusesWithEveryError() {
    Invalid invalid =
        catchThrowableOfType(
            Invalid.class,
            () -> new WorkerDraft(null, null, null, null, null, null, null, null).accept(TODAY));
    assertThat(invalid.errors()).hasSize(6);
    assertThat(invalid.code()).isEqualTo("validation_failed");
  }

  @Test
  void toStringKeepsPersonalDataOut() {
    assertThat(VALID.toString()).doesNotContain(NIK, "Sholeh", "0812", "Kawi", "1975");
    assertThat(VALID.accept(TODAY).toString())
        .doesNotContain(NIK, "Sholeh", "+62", "Kawi", "1975")
        .contains("3573**********07");
  }
}
