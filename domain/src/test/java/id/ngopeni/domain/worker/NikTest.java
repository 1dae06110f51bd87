package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.region.RegionCode;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing a NIK: what is refused, with which codes, and never with the NIK in the message. */
class NikTest {
  /** Klojen, Malang; man born 17 Aug 1945; serial 0001. */
  static final String MAN = "3573021708450001";

  /** Klojen, Malang; woman born 1 Feb 1995; serial 0042. */
  static final String WOMAN = "3573024102950042";


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
}
