package id.ngopeni.domain.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.ngopeni.domain.problem.FieldError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BaselineTest {
  @Test
  void sensibleFiguresBreakNoRule() {
    assertThat(Baseline.check(1_000L, 1_000L, 1_000L)).isEmpty();
    assertThat(Baseline.check(1_000L, 0L, null)).isEmpty();
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertThat(Baseline.check(0L, -1L, -1L))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("workforce", "not_positive"),
            tuple("target", "negative"),
            tuple("reportedParticipants", "negative"));
    assertThat(Baseline.check(100L, 101L, 101L))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("target", "above_workforce"), tuple("reportedParticipants", "above_workforce"));
  }

  @Test
  void missingFiguresAreLeftToTheirOwnRequiredCheck() {
    assertThat(Baseline.check(null, 5L, 5L)).isEmpty();
    assertThat(Baseline.check(null, null, null)).isEmpty();
  }

  @Test
  void onlyTheCityItsKecamatanAndKelurahanHaveBaselines() {
    assertThat(Baseline.isBaselineLevel("REGENCY")).isTrue();
    assertThat(Baseline.isBaselineLevel("KECAMATAN")).isTrue();
    assertThat(Baseline.isBaselineLevel("KELURAHAN")).isTrue();
    assertThat(Baseline.isBaselineLevel("PROVINCE")).isFalse();
    assertThat(Baseline.isBaselineLevel(null)).isFalse();
  }

  @Test
  void reportedParticipantsWinOverTheCitysOwnCount() {
    Baseline reported = new Baseline(2025, "35.73", "REGENCY", 1_000, 500, 300L);
    Baseline unreported = new Baseline(2025, "35.73", "REGENCY", 1_000, 500, null);
    assertThat(reported.figures(120)).isEqualTo(new CoverageFigures(300, 1_000L, 500L));
    assertThat(unreported.figures(120)).isEqualTo(new CoverageFigures(120, 1_000L, 500L));
    assertThat(Baseline.figures(120, null)).isEqualTo(new CoverageFigures(120, null, null));
  }

  @Test
  void aSourceIsACitationAndItsDayNotInTheFuture() {
    LocalDate today = LocalDate.of(2026, 12, 2);
    assertThat(Baseline.checkSource("malangkota.go.id, 30 Juni 2025", LocalDate.of(2025, 6, 30), today)).isEmpty();
    assertThat(Baseline.checkSource(null, null, today)).isEmpty();
    assertThat(Baseline.checkSource("x".repeat(Baseline.SOURCE_MAX), today, today)).isEmpty();
    assertThat(Baseline.checkSource(" ", today.plusDays(1), today))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("source", "required"), tuple("asOf", "in_future"));
    assertThat(Baseline.checkSource("x".repeat(Baseline.SOURCE_MAX + 1), null, today))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("source", "too_long"));
    assertThatThrownBy(() -> new Baseline(2025, "35.73", "REGENCY", 10, 5, null, " ", null))
        .isInstanceOf(IllegalArgumentException.class);
    Baseline sourced = new Baseline(2025, "35.73", "REGENCY", 10, 5, 3L, "BPS", today);
    assertThat(sourced.figures(1)).isEqualTo(new CoverageFigures(3, 10L, 5L));
    assertThat(new Baseline(2025, "35.73", "REGENCY", 10, 5, 3L).source()).isNull();
  }

  @Test
  void aStoredBaselineHasAPositiveWorkforce() {
    assertThatThrownBy(() -> new Baseline(2025, "35.73", "REGENCY", 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupingsAreNamedAsTheQueryParameter() {
    assertThat(Grouping.parse("fundingSource")).contains(Grouping.FUNDING_SOURCE);
    assertThat(Grouping.parse("kelurahan")).contains(Grouping.KELURAHAN);
    assertThat(Grouping.parse("KELURAHAN")).isEmpty();
    assertThat(Grouping.KECAMATAN.isArea()).isTrue();
    assertThat(Grouping.CATEGORY.isArea()).isFalse();
  }

  @Test
  void severalRegenciesAddUpOnlyWhenEveryOneHasABaseline() {
    Baseline kota = new Baseline(2025, "35.73", "REGENCY", 400L, 170L, 130L, "BPS", LocalDate.of(2025, 1, 31));
    Baseline kabupaten = new Baseline(2025, "35.07", "REGENCY", 1_000L, 300L, null);
    assertThat(Baseline.ofRegencies(java.util.List.of(kota))).contains(kota);
    assertThat(Baseline.ofRegencies(java.util.List.of())).isEmpty();
    assertThat(Baseline.ofRegencies(java.util.Arrays.asList(kota, null))).isEmpty();
    Baseline both = Baseline.ofRegencies(java.util.List.of(kota, kabupaten)).orElseThrow();
    assertThat(both).isEqualTo(new Baseline(2025, "35", "PROVINCE", 1_400L, 470L, null, null, null));
    // BPJS's count of one regency is not added to our own count of the other: our own throughout.
    assertThat(both.figures(90).participants()).isEqualTo(90L);
    Baseline reported = new Baseline(2025, "35.07", "REGENCY", 1_000L, 300L, 200L);
    assertThat(Baseline.ofRegencies(java.util.List.of(kota, reported)).orElseThrow().figures(90).participants())
        .isEqualTo(330L);
  }
}
