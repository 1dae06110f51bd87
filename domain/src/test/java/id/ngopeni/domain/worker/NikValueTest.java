package id.ngopeni.domain.worker;

import static id.ngopeni.domain.worker.NikTest.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.region.RegionCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A parsed NIK as a value: its segments, the birth date and sex it states, masking, equality, building one. */
class NikValueTest {
  /** Klojen, Malang; man born 17 Aug 1945; serial 0001. */
  private static final String MAN = NikTest.MAN;

  /** Klojen, Malang; woman born 1 Feb 1995; serial 0042. */
  private static final String WOMAN = NikTest.WOMAN;

  @Test
  void accessorsReadEachSegment() {
    Nik man = Nik.parse(MAN);
    assertThat(man.provinceCode().value()).isEqualTo("35");
    assertThat(man.regencyCode().value()).isEqualTo("35.73");
    assertThat(man.kecamatanCode().value()).isEqualTo("35.73.02");
    assertThat(man.sex()).isEqualTo(Sex.M);
    assertThat(man.birthDay()).isEqualTo(17);
    assertThat(man.birthMonth()).isEqualTo(8);
    assertThat(man.birthYearTwoDigits()).isEqualTo(45);
    assertThat(man.serial()).isEqualTo(1);

    Nik woman = Nik.parse(WOMAN);
    assertThat(woman.sex()).isEqualTo(Sex.F);
    assertThat(woman.birthDay()).isEqualTo(1);
    assertThat(woman.birthMonth()).isEqualTo(2);
    assertThat(woman.birthYearTwoDigits()).isEqualTo(95);
    assertThat(woman.serial()).isEqualTo(42);
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource({
    "3573021708450001, 2026-11-23, 1945-08-17",
    "3573020101260001, 2026-11-23, 2026-01-01",
    "3573022311260001, 2026-11-23, 2026-11-23", // born today
    "3573022411260001, 2026-11-23, 1926-11-24", // tomorrow in this century: last century
    "3573026902000001, 2026-11-23, 2000-02-29",
    "3573022902960001, 2026-11-23, 1996-02-29",
    "3573020101000001, 2000-01-01, 2000-01-01",
    "3573022902000001, 2000-02-28, 1600-02-29" // 1900-1700 had no Feb 29
  })
  void birthDateTakesTheLatestCenturyNotAfterToday(String nik, LocalDate today, LocalDate born) {
    assertThat(Nik.parse(nik).birthDate(today)).isEqualTo(born);
  }

  @Test
  void checkAgainstAcceptsTheDeclaredPerson() {
    assertThat(Nik.parse(MAN).checkAgainst(LocalDate.of(1945, 8, 17), Sex.M)).isEmpty();
    assertThat(Nik.parse(WOMAN).checkAgainst(LocalDate.of(1995, 2, 1), Sex.F)).isEmpty();
    assertThat(Nik.parse(MAN).checkAgainst(null, null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1945-08-18", "1945-09-17", "1946-08-17", "1955-08-17"})
  void checkAgainstRefusesAnotherBirthDate(LocalDate declared) {
    assertThat(Nik.parse(MAN).checkAgainst(declared, Sex.M))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("nik", "nik_birth_date_mismatch"));
  }

  @Test
  void checkAgainstCannotSeeTheCentury() {
    // The NIK holds two year digits only; the age rule catches 2045.
    assertThat(Nik.parse(MAN).checkAgainst(LocalDate.of(2045, 8, 17), Sex.M)).isEmpty();
  }

  @Test
  void checkAgainstRefusesTheOtherSexAndReportsBoth() {
    assertThat(Nik.parse(MAN).checkAgainst(LocalDate.of(1945, 8, 17), Sex.F))
        .extracting(FieldError::code)
        .containsExactly("nik_sex_mismatch");
    assertThat(Nik.parse(WOMAN).checkAgainst(LocalDate.of(1995, 2, 2), Sex.M))
        .extracting(FieldError::code)
        .containsExactly("nik_birth_date_mismatch", "nik_sex_mismatch");
  }

  @Test
  void toStringMasksTheNik() {
    Nik nik = Nik.parse(WOMAN);
    assertThat(nik.toString()).isEqualTo("3573**********42").doesNotContain("410295");
    assertThat(nik.value()).isEqualTo(WOMAN);
    assertThat(List.of(nik).toString()).doesNotContain(WOMAN);
  }

  @Test
  void oneDigitAway() {
    Nik nik = Nik.parse(MAN);
    assertThat(nik.isOneDigitAwayFrom(Nik.parse("3573021708450002"))).isTrue();
    assertThat(Nik.parse("3573021708450002").isOneDigitAwayFrom(nik)).isTrue();
    assertThat(nik.isOneDigitAwayFrom(Nik.parse("3573021708450001"))).isFalse();
    assertThat(nik.isOneDigitAwayFrom(Nik.parse("3573021708450012"))).isFalse();
    assertThat(nik.isOneDigitAwayFrom(Nik.parse("3573021708540001"))).isFalse(); // swap = 2
  }

  @Test
  void equalityIsByValue() {
    assertThat(Nik.parse(MAN)).isEqualTo(Nik.parse(" " + MAN)).hasSameHashCodeAs(Nik.parse(MAN));
    assertThat(Nik.parse(MAN)).isNotEqualTo(Nik.parse(WOMAN));
  }

  @Test
  void ofBuildsAValidNik() {
    assertThat(Nik.of(35, 73, 2, LocalDate.of(1945, 8, 17), Sex.M, 1).value()).isEqualTo(MAN);
    assertThat(Nik.of(35, 73, 2, LocalDate.of(1995, 2, 1), Sex.F, 42).value()).isEqualTo(WOMAN);
    assertThat(Nik.of(new RegionCode("35.73.02"), LocalDate.of(1995, 2, 1), Sex.F, 42).value())
        .isEqualTo(WOMAN);
    assertThat(Nik.of(35, 7, 1, LocalDate.of(2001, 12, 31), Sex.F, 9999).value())
        .isEqualTo("3507017112019999");
  }

  @Test
  void ofRefusesWhatParseRefuses() {
    LocalDate born = LocalDate.of(1980, 1, 1);
    assertThat(codes(() -> Nik.of(10, 73, 2, born, Sex.M, 1)))
        .containsExactly("nik_province_invalid");
    assertThat(codes(() -> Nik.of(35, 0, 2, born, Sex.M, 1)))
        .containsExactly("nik_regency_invalid");
    assertThat(codes(() -> Nik.of(35, 73, 0, born, Sex.M, 1)))
        .containsExactly("nik_kecamatan_invalid");
    assertThat(codes(() -> Nik.of(35, 73, 2, born, Sex.M, 0)))
        .containsExactly("nik_serial_invalid");
  }

  @Test
  void ofRefusesNumbersThatDoNotFitTheirSegment() {
    LocalDate born = LocalDate.of(1980, 1, 1);
    assertThatThrownBy(() -> Nik.of(135, 73, 2, born, Sex.M, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Nik.of(35, -1, 2, born, Sex.M, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Nik.of(35, 73, 2, born, Sex.M, 10_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Nik.of(new RegionCode("35.73"), born, Sex.M, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
