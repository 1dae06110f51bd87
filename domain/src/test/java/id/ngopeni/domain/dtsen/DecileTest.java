package id.ngopeni.domain.dtsen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.DtsenError;
import id.ngopeni.domain.problem.Invalid;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DecileTest {
  @Test
  void readsTheDecileOfACellAsCsvAndSpreadsheetsWriteIt() {
    assertThat(Decile.parse("1")).isEqualTo(OptionalInt.of(1));
    assertThat(Decile.parse(" 10 ")).isEqualTo(OptionalInt.of(10));
    assertThat(Decile.parse("7.0")).isEqualTo(OptionalInt.of(7));
    assertThat(Decile.parse("07")).isEqualTo(OptionalInt.of(7));
    for (String bad : new String[] {"0", "11", "-1", "", "  ", "5.5", "lima", "100", "٣", null}) {
      assertThat(Decile.parse(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void aPolicyAdmitsDecilesUpToItsLimitAndNobodyUnknown() {
    assertThat(Decile.eligible(5, 5)).isTrue();
    assertThat(Decile.eligible(6, 5)).isFalse();
    assertThat(Decile.eligible(null, 10)).isFalse();
    assertThatThrownBy(() -> Decile.checkEligible(7, 5, "workerId")).isInstanceOfSatisfying(Invalid.class, e -> {
      assertThat(e.errors()).singleElement().satisfies(f -> {
        assertThat(f.field()).isEqualTo("workerId");
        assertThat(f.errorCode()).isEqualTo(DtsenError.DECILE_NOT_ELIGIBLE);
      });
    });
    Decile.checkEligible(3, 5, "workerId");
    assertThat(Decile.isValidLimit(0)).isFalse();
    assertThat(Decile.isValidLimit(10)).isTrue();
  }
}
