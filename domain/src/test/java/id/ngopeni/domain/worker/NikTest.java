package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.region.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {
  /** Klojen, Malang; man born 17 Aug 1945; serial 0001. */
  private static final String MAN = "3573021708450001";

  /** Klojen, Malang; woman born 1 Feb 1995; serial 0042. */
  private static final String WOMAN = "3573024102950042";

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static List<String> codes(ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(Invalid.class);
    List<FieldError> errors = ((Invalid) thrown).errors();
    assertThat(errors).allSatisfy(e -> assertThat(e.field()).isEqualTo("nik"));
    return errors.stream().map(FieldError::code).toList();
  }

  private static List<String> parseCodes(String text) {
    return codes(() -> Nik.parse(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void missingNikIsRequired(String text) {
    assertThat(parseCodes(text)).containsExactly("nik_required");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "35730217084500a1",
        "3573 0217 0845 0001",
        "3573-02-170845-0001",
        "+573021708450001",
        "12a",
        "٣٥٧٣٠٢١٧٠٨٤٥٠٠٠١" // Arabic-Indic digits: Character.isDigit says yes, we say no
      })
  void nonDigitsAreRefusedBeforeLength(String text) {
    assertThat(parseCodes(text)).containsExactly("nik_not_digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "357302170845000", "35730217084500011", "00000000000000000000"})
  void wrongLengthIsRefused(String text) {
    assertThat(parseCodes(text)).containsExactly("nik_length");
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertThat(Nik.parse("  " + MAN + "\n").value()).isEqualTo(MAN);
  }

  @ParameterizedTest(name = "province {0} valid={1}")
  @CsvSource({
    "00,false", "10,false", "11,true", "19,true", "20,false", "21,true", "22,false",
    "30,false", "31,true", "36,true", "37,false", "50,false", "51,true", "53,true",
    "54,false", "60,false", "61,true", "65,true", "66,false", "70,false", "71,true",
    "76,true", "77,false", "80,false", "81,true", "82,true", "83,false", "90,false",
    "91,true", "96,true", "97,false", "99,false"
  })
  void provinceEdges(String province, boolean valid) {
    String nik = province + MAN.substring(2);
    if (valid) {
      assertThat(Nik.parse(nik).provinceCode()).isEqualTo(new RegionCode(province));
    } else {
      assertThat(parseCodes(nik)).containsExactly("nik_province_invalid");
    }
  }

  @Test
  void exactlyTheThirtyEightProvincesAreAccepted() {
    long accepted =
        IntStream.range(0, 100)
            .filter(p -> NikSegments.PROVINCES.contains(p))
            .peek(p -> Nik.parse(String.format("%02d", p) + MAN.substring(2)))
            .count();
    assertThat(accepted).isEqualTo(38);
  }

  @Test
  void regencyAndKecamatanZeroAreRefused() {
    assertThat(parseCodes("3500021708450001")).containsExactly("nik_regency_invalid");
    assertThat(parseCodes("3573001708450001")).containsExactly("nik_kecamatan_invalid");
    assertThat(Nik.parse("3501011708450001").kecamatanCode().value()).isEqualTo("35.01.01");
    assertThat(Nik.parse("3599991708450001").kecamatanCode().value()).isEqualTo("35.99.99");
  }

  @ParameterizedTest(name = "DDMMYY {0} valid={1}")
  @CsvSource({
    "000195,false", // day 00
    "010195,true",
    "310195,true", // day 31 in a 31-day month
    "320195,false",
    "400195,false", // 32-40 is neither a man's nor a woman's day
    "410195,true", // woman, day 1
    "710195,true", // woman, day 31
    "720195,false",
    "990195,false",
    "010095,false", // month 00
    "011295,true",
    "011395,false", // month 13
    "310295,false", // Feb 31
    "300295,false",
    "280295,true",
    "290295,false", // Feb 29 in a non-leap year
    "290296,true", // ... in a leap year
    "290200,true", // 2000 was a leap year
    "690295,false", // woman, Feb 29, non-leap
    "690296,true",
    "300495,true",
    "310495,false", // April has 30 days
    "700495,true",
    "710495,false"
  })
  void birthDateSegment(String ddmmyy, boolean valid) {
    String nik = "357302" + ddmmyy + "0001";
    if (valid) {
      assertThat(Nik.parse(nik).value()).isEqualTo(nik);
    } else {
      assertThat(parseCodes(nik)).containsExactly("nik_birth_date_invalid");
    }
  }

  @Test
  void serialZeroIsRefusedOneAndMaxAreFine() {
    assertThat(parseCodes("3573021708450000")).containsExactly("nik_serial_invalid");
    assertThat(Nik.parse("3573021708450001").serial()).isEqualTo(1);
    assertThat(Nik.parse("3573021708459999").serial()).isEqualTo(9999);
  }

  @Test
  void everyBrokenSegmentIsReportedAtOnce() {
    assertThat(parseCodes("1000000000000000"))
        .containsExactly(
            "nik_province_invalid",
            "nik_regency_invalid",
            "nik_kecamatan_invalid",
            "nik_birth_date_invalid",
            "nik_serial_invalid");
  }

  @Test
  void errorMessagesNeverContainTheNik() {
    Invalid invalid = catchInvalid("3573023102950001");
    assertThat(invalid.getMessage()).doesNotContain("3573");
    assertThat(invalid.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain("3573"));
  }

  private static Invalid catchInvalid(String text) {
    try {
      Nik.parse(text);
    } catch (Invalid e) {
      return e;
    }
    throw new AssertionError("expected Invalid");
  }

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
