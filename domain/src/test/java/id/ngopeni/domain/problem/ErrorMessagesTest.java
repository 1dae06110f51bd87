package id.ngopeni.domain.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every catalogued code has an Indonesian message in error-messages-id.tsv (a code added to
 * error-codes.tsv without one fails here, though the server would answer it in English).
 */
class ErrorMessagesTest {
  @Test
  void everyCodeHasAnIndonesianMessage() {
    assertThat(ErrorCode.all().stream().filter(code -> !code.hasIndonesianMessage()).map(ErrorCode::code))
        .as("codes without a row in error-messages-id.tsv").isEmpty();
  }

  @Test
  void englishIsTheCataloguesMessageAndIndonesianIsAnotherText() {
    assertThat(HttpError.VALIDATION_FAILED.message(Language.EN)).isEqualTo(HttpError.VALIDATION_FAILED.message());
    assertThat(HttpError.VALIDATION_FAILED.message(Language.ID)).isEqualTo("Ada isian yang tidak sah.");
    long same = ErrorCode.all().stream().filter(c -> c.message(Language.ID).equals(c.message(Language.EN))).count();
    assertThat(same).as("codes whose Indonesian message is the English one").isZero();
  }
}
