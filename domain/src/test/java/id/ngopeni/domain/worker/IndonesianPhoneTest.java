package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianPhoneTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "081234567890, +6281234567890",
    "+6281234567890, +6281234567890",
    "6281234567890, +6281234567890",
    "0812-3456-7890, +6281234567890",
    "+62 812 3456 7890, +6281234567890",
    "(0341) 551234, +62341551234",
    "0341.551.234, +62341551234",
    "0812345678, +62812345678", // 9 national digits
    "021123456, +6221123456", // 8 national digits: the fewest
    "+628123456789012, +628123456789012" // 13: the most
  })
  void normalizesToPlus62(String text, String expected) {
    assertThat(IndonesianPhone.normalize(text)).contains(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "0211234", // 7 digits
        "+6281234567890123", // 14 digits
        "+62081234567890", // trunk 0 after the country code
        "+6181234567890", // another country
        "81234567890", // no prefix
        "0812345678a",
        "+62+81234567890",
        "０８１２３４５６７８９０" // full-width digits
      })
  void refusesWhatIsNotAnIndonesianNumber(String text) {
    assertThat(IndonesianPhone.normalize(text)).isEmpty();
  }
}
