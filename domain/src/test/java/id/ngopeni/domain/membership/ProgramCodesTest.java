package id.ngopeni.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Violations;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramCodesTest {

  @Test
  void readsKnownCodesIgnoringRepeats() {
    Violations v = new Violations();
    assertThat(ProgramCodes.parse(List.of("JKM", "JKK", "JKM", "JHT"), v))
        .containsExactly(Program.JKK, Program.JKM, Program.JHT);
    assertThat(v.isEmpty()).isTrue();
  }

  @Test
  void everyUnknownCodeIsAFieldErrorAtItsIndex() {
    Violations v = new Violations();
    assertThat(ProgramCodes.parse(Arrays.asList("JKK", "JP", "jkm", null), v))
        .containsExactly(Program.JKK);
    assertThat(v.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("programs[1]", "program_unknown"),
            tuple("programs[2]", "program_unknown"),
            tuple("programs[3]", "program_unknown"));
  }

  @Test
  void missingListIsEmpty() {
    Violations v = new Violations();
    assertThat(ProgramCodes.parse(null, v)).isEmpty();
    assertThat(v.isEmpty()).isTrue();
  }
}
