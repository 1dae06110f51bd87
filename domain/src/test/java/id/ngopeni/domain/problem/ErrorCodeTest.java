package id.ngopeni.domain.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
  @Test
  void everyCodeIsItsConstantsNameInLowerCaseWithAStatusAndAnEnglishMessage() {
    assertThat(ErrorCode.all()).allSatisfy(code -> {
      assertThat(code.code()).matches("[a-z][a-z0-9_]*").isEqualTo(((Enum<?>) code).name().toLowerCase(java.util.Locale.ROOT));
      // A warning is no error: it rides on a successful answer.
      if (code.kinds().equals(java.util.Set.of(ErrorKind.WARNING))) {
        assertThat(code.status()).as(code.code()).isEqualTo(200);
      } else {
        assertThat(code.status()).as(code.code()).isBetween(400, 599);
      }
      assertThat(code.message()).isNotBlank().endsWith(".").doesNotContain("wajib", "tidak", "harus");
      assertThat(code.kinds()).isNotEmpty();
      assertThat(code).hasToString(code.code());
    });
  }

  @Test
  void wireNamesAreUniqueAcrossTheCapabilitiesEnums() {
    assertThat(ErrorCode.all()).hasSizeGreaterThan(150)
        .extracting(ErrorCode::code).doesNotHaveDuplicates();
  }

  @Test
  void aFieldReasonOrImportCodeThatIsNeverAWholeProblemIs422() {
    List<ErrorCode> notProblems = ErrorCode.all().stream()
        .filter(c -> !c.kinds().contains(ErrorKind.PROBLEM) && !c.kinds().contains(ErrorKind.WARNING)).toList();
    assertThat(notProblems).isNotEmpty().allSatisfy(c -> assertThat(c.status()).as(c.code()).isEqualTo(422));
  }

  @Test
  void ofFindsACataloguedCodeAndRefusesAnyOther() {
    assertThat(ErrorCode.of("nik_length")).isEqualTo(WorkerError.NIK_LENGTH);
    assertThatThrownBy(() -> ErrorCode.of("no_such_code")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_code");
  }

  @Test
  void withoutAMessageTheCataloguesIsUsedAndTheWireNameStays() {
    FieldError error = new FieldError("nik", WorkerError.NIK_LENGTH);
    assertThat(error.code()).isEqualTo("nik_length");
    assertThat(error.message()).isEqualTo(WorkerError.NIK_LENGTH.message());
    Conflict conflict = new Conflict(WorkerError.DUPLICATE_NIK);
    assertThat(conflict.code()).isEqualTo("duplicate_nik");
    assertThat(conflict.errorCode()).isEqualTo(WorkerError.DUPLICATE_NIK);
    assertThat(conflict.detail()).isEqualTo(WorkerError.DUPLICATE_NIK.message());
    assertThat(new Violations().add("nik", HttpError.REQUIRED).errors()).containsExactly(new FieldError("nik", HttpError.REQUIRED));
  }
}
