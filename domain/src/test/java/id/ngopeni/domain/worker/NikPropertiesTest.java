package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class NikPropertiesTest {
  /** DOMAIN.md's province list, written out again so the test does not trust the code's copy. */
  private static final Set<Integer> PROVINCES =
      Set.of(
          11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63,
          64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96);

  record Person(
      int province,
      int regency,
      int kecamatan,
      LocalDate born,
      Sex sex,
      int serial,
      LocalDate today) {
    Nik nik() {
      return Nik.of(province, regency, kecamatan, born, sex, serial);
    }
  }

  @Provide
  Arbitrary<Person> people() {
    Arbitrary<LocalDate> today =
        Arbitraries.longs()
            .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2120, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    // Born on any day in the 100 years up to today: the only span a 2-digit year can tell apart.
    Arbitrary<Long> daysBeforeToday = Arbitraries.longs().between(0, 36_523);
    return Combinators.combine(
            Arbitraries.of(PROVINCES),
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1, 99),
            Arbitraries.of(Sex.class),
            Arbitraries.integers().between(1, 9999),
            today,
            daysBeforeToday)
        .as(
            (p, r, k, sex, serial, t, back) -> {
              LocalDate born = t.minusDays(back);
              if (!born.plusYears(100).isAfter(t)) {
                born = born.plusDays(1);
              }
              return new Person(p, r, k, born, sex, serial, t);
            });
  }

  @Property
  void ofThenParseGivesBackThePerson(@ForAll("people") Person person) {
    Nik nik = Nik.parse(person.nik().value());

    assertThat(nik.provinceCode().value()).isEqualTo(String.format("%02d", person.province()));
    assertThat(nik.regencyCode().value())
        .isEqualTo(String.format("%02d.%02d", person.province(), person.regency()));
    assertThat(nik.kecamatanCode().value())
        .isEqualTo(
            String.format(
                "%02d.%02d.%02d", person.province(), person.regency(), person.kecamatan()));
    assertThat(nik.sex()).isEqualTo(person.sex());
    assertThat(nik.serial()).isEqualTo(person.serial());
    assertThat(nik.birthDate(person.today())).isEqualTo(person.born());
    assertThat(nik.checkAgainst(person.born(), person.sex())).isEmpty();
    assertThat(nik).isEqualTo(person.nik());
  }

  /** All 16 × 9 single-digit changes of each generated NIK, not a sample of them. */
  @Property
  void everySingleDigitCorruptionIsRefusedWithTheCodeOfItsSegment(@ForAll("people") Person person) {
    Nik original = person.nik();
    for (int position = 0; position < 16; position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        char[] digits = original.value().toCharArray();
        if (digits[position] == digit) {
          continue;
        }
        digits[position] = digit;
        String corrupted = new String(digits);
        String expected = expectedCode(corrupted, position);
        if (expected == null) {
          assertThat(Nik.parse(corrupted).isOneDigitAwayFrom(original)).isTrue();
        } else {
          assertThat(codesOf(corrupted)).as("position %d", position).containsExactly(expected);
        }
      }
    }
  }

  /** The code a NIK with one changed digit must be refused with, or null if it is still valid. */
  private static String expectedCode(String nik, int position) {
    if (position < 2) {
      return PROVINCES.contains(Integer.parseInt(nik.substring(0, 2)))
          ? null
          : "nik_province_invalid";
    }
    if (position < 4) {
      return nik.startsWith("00", 2) ? "nik_regency_invalid" : null;
    }
    if (position < 6) {
      return nik.startsWith("00", 4) ? "nik_kecamatan_invalid" : null;
    }
    if (position < 12) {
      return isRealBirthDate(nik.substring(6, 12)) ? null : "nik_birth_date_invalid";
    }
    return nik.endsWith("0000") ? "nik_serial_invalid" : null;
  }

  /** Independent oracle: some 19xx or 20xx date exists with this day (minus 40 for women). */
  private static boolean isRealBirthDate(String ddmmyy) {
    int dd = Integer.parseInt(ddmmyy.substring(0, 2));
    int mm = Integer.parseInt(ddmmyy.substring(2, 4));
    int yy = Integer.parseInt(ddmmyy.substring(4, 6));
    int day = dd >= 41 ? dd - 40 : dd;
    if (dd > 31 && dd < 41) {
      return false;
    }
    for (int century : new int[] {1900, 2000}) {
      try {
        LocalDate.of(century + yy, mm, day);
        return true;
      } catch (DateTimeException notADate) {
        // try the other century
      }
    }
    return false;
  }

  private static List<String> codesOf(String nik) {
    try {
      Nik.parse(nik);
      return List.of();
    } catch (Invalid e) {
      return e.errors().stream().map(FieldError::code).toList();
    }
  }

  @Property
  void parseOnlyEverRefusesWithInvalid(@ForAll @StringLength(max = 20) String text) {
    try {
      assertThat(Nik.parse(text).value()).hasSize(16).containsOnlyDigits();
    } catch (Invalid expected) {
      assertThat(expected.errors()).isNotEmpty();
    }
  }

  @Property
  void sixteenRandomDigitsParseIffNoSegmentIsBroken(
      @ForAll @NumericChars @StringLength(16) String digits) {
    boolean valid =
        PROVINCES.contains(Integer.parseInt(digits.substring(0, 2)))
            && !digits.startsWith("00", 2)
            && !digits.startsWith("00", 4)
            && isRealBirthDate(digits.substring(6, 12))
            && !digits.endsWith("0000");
    assertThat(codesOf(digits).isEmpty()).isEqualTo(valid);
  }
}
