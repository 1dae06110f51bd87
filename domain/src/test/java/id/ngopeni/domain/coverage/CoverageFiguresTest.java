package id.ngopeni.domain.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.money.Rupiah;
import org.junit.jupiter.api.Test;

class CoverageFiguresTest {
  private static final Rupiah MINIMUM = Rupiah.of(16_800);

  /** Kota Malang, June 2025: BPS workforce, BPJS-reported participants, the target the city announced (173.753). */
  private static final CoverageFigures MALANG = new CoverageFigures(134_167, 413_585L, 173_753L);

  @Test
  void kotaMalangCoverageAndWhatTheTargetCosts() {
    assertThat(MALANG.ucjPercent()).hasValue(new UcjPercent(3244));
    assertThat(MALANG.gap()).hasValue(39_586);
    CoverageProjection projection = MALANG.projection(MINIMUM).orElseThrow();
    assertThat(projection.workersNeeded()).isEqualTo(39_586);
    assertThat(projection.monthlyCostNeeded()).isEqualTo(Rupiah.of(665_044_800));
    assertThat(projection.monthlyCostNeeded()).hasToString("Rp665.044.800");
    assertThat(projection.annualCostNeeded()).isEqualTo(Rupiah.of(7_980_537_600L));
    assertThat(projection.annualCostNeeded()).hasToString("Rp7.980.537.600");
  }

  @Test
  void percentagesOfTheTarget() {
    // 134.167 ÷ 173.753 = 77,217…
    assertThat(MALANG.percentOfTarget()).hasValue(new UcjPercent(7722));
    // 173.753 ÷ 413.585 = 42,011…: derived from counts, not the article's 31,23 %.
    assertThat(MALANG.targetPercent()).hasValue(new UcjPercent(4201));
  }

  @Test
  void targetAlreadyMetNeedsNobodyAndShowsANegativeGap() {
    CoverageFigures over = new CoverageFigures(1_200, 2_000L, 1_000L);
    assertThat(over.gap()).hasValue(-200);
    CoverageProjection p = over.projection(MINIMUM).orElseThrow();
    assertThat(p.workersNeeded()).isZero();
    assertThat(p.monthlyCostNeeded()).isEqualTo(Rupiah.ZERO);
    assertThat(p.annualCostNeeded()).isEqualTo(Rupiah.ZERO);
    assertThat(
            new CoverageFigures(1_000, 2_000L, 1_000L)
                .projection(MINIMUM)
                .orElseThrow()
                .workersNeeded())
        .isZero();
  }

  @Test
  void missingBaselinesLeaveFiguresAbsent() {
    CoverageFigures none = new CoverageFigures(250, null, null);
    assertThat(none.ucjPercent()).isEmpty();
    assertThat(none.targetPercent()).isEmpty();
    assertThat(none.percentOfTarget()).isEmpty();
    assertThat(none.gap()).isEmpty();
    assertThat(none.projection(MINIMUM)).isEmpty();
    CoverageFigures zeroes = new CoverageFigures(250, 0L, 0L);
    assertThat(zeroes.ucjPercent()).isEmpty();
    assertThat(zeroes.percentOfTarget()).isEmpty();
    assertThat(zeroes.gap()).hasValue(-250);
  }

  @Test
  void totalKnowsABaselineOnlyIfEveryRowDoes() {
    CoverageFigures a = new CoverageFigures(100, 1_000L, 300L);
    CoverageFigures b = new CoverageFigures(50, 500L, 200L);
    CoverageFigures noBaseline = new CoverageFigures(10, null, null);
    assertThat(a.plus(b)).isEqualTo(new CoverageFigures(150, 1_500L, 500L));
    assertThat(a.plus(b).ucjPercent()).hasValue(new UcjPercent(1000));
    assertThat(a.plus(noBaseline)).isEqualTo(new CoverageFigures(110, null, null));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> new CoverageFigures(-1, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CoverageFigures(1, -1L, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
