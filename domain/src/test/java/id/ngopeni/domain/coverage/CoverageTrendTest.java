package id.ngopeni.domain.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CoverageTrendTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  private static TreeMap<YearMonth, Long> net(Object... monthAndChange) {
    TreeMap<YearMonth, Long> out = new TreeMap<>();
    for (int i = 0; i < monthAndChange.length; i += 2) {
      out.put(YearMonth.parse((String) monthAndChange[i]), ((Number) monthAndChange[i + 1]).longValue());
    }
    return out;
  }

  @Test
  void coveredIsTheRunningSumFromTheFirstMonthEverAndTheLastMonthEndsOnAsOf() {
    var months = CoverageTrend.of(AS_OF, 3, net("2025-06", 10, "2026-01", 5, "2026-02", -2, "2026-03", 4),
        Map.of(YearMonth.of(2026, 2), new CoverageTrend.Flow(1, 3)), Map.of(), Map.of());
    assertThat(months).extracting(CoverageTrend.Month::month)
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    assertThat(months).extracting(CoverageTrend.Month::covered).containsExactly(15L, 13L, 17L);
    assertThat(months).extracting(CoverageTrend.Month::day)
        .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), AS_OF);
    assertThat(months.get(1).enrolled()).isEqualTo(1);
    assertThat(months.get(1).left()).isEqualTo(3);
    assertThat(months.get(0).enrolled()).isZero();
    // No baseline: the city's own members are the participants, without a workforce or a percentage.
    assertThat(months.get(2).figures()).isEqualTo(new CoverageFigures(17, null, null));
    assertThat(months.get(2).estimated()).isFalse();
  }

  @Test
  void aDatedBpjsCountMovesWithTheCitysMembersSinceItsDay() {
    LocalDate counted = LocalDate.of(2026, 2, 10);
    Baseline b = new Baseline(2026, "35.73", "REGENCY", 413_585, 173_753, 134_167L, "berita", counted);
    var months = CoverageTrend.of(AS_OF, 3, net("2026-01", 100, "2026-02", 20, "2026-03", -30),
        Map.of(), Map.of(2026, b), Map.of(counted, 110L));
    // 134.167 on 10 February, when the city had 110 members: 100 at the end of January (−10), 120 at
    // the end of February (+10), 90 on 15 March (−20).
    assertThat(months).extracting(m -> m.figures().participants()).containsExactly(134_157L, 134_177L, 134_147L);
    assertThat(months).allMatch(CoverageTrend.Month::estimated);
    assertThat(months.get(0).figures().ucjPercent()).contains(new UcjPercent(3244));
    assertThat(months.get(0).figures().target()).isEqualTo(173_753L);
    // On the count's own day it is the count itself.
    var onTheDay = CoverageTrend.of(counted, 1, net("2026-01", 100, "2026-02", 10), Map.of(), Map.of(2026, b),
        Map.of(counted, 110L));
    assertThat(onTheDay.get(0).figures().participants()).isEqualTo(134_167L);
    assertThat(onTheDay.get(0).estimated()).isFalse();
  }

  @Test
  void anUndatedCountIsUsedAsItIsAndEachMonthTakesItsOwnYearsBaseline() {
    Baseline last = new Baseline(2025, "35.73", "REGENCY", 1_000, 500, 300L);
    Baseline now = new Baseline(2026, "35.73", "REGENCY", 2_000, 900, null);
    var months = CoverageTrend.of(AS_OF, 4, net("2025-12", 40, "2026-02", 2), Map.of(), Map.of(2025, last, 2026, now),
        Map.of());
    assertThat(months.get(0).figures()).isEqualTo(new CoverageFigures(300, 1_000L, 500L));
    assertThat(months.get(1).figures()).isEqualTo(new CoverageFigures(40, 2_000L, 900L));
    assertThat(months.get(3).figures()).isEqualTo(new CoverageFigures(42, 2_000L, 900L));
    assertThat(months).noneMatch(CoverageTrend.Month::estimated);
    assertThat(CoverageTrend.countDays(List.of(last, now))).isEmpty();
  }

  @Test
  void participantsNeverGoBelowZero() {
    LocalDate counted = LocalDate.of(2026, 1, 1);
    Baseline b = new Baseline(2026, "35.73.02", "KECAMATAN", 100, 50, 5L, null, counted);
    var months = CoverageTrend.of(AS_OF, 1, net("2025-12", 20, "2026-03", -20), Map.of(), Map.of(2026, b),
        Map.of(counted, 20L));
    assertThat(months.get(0).figures().participants()).isZero();
  }

  @Test
  void aTrendIsOneToThirtySixMonths() {
    assertThat(CoverageTrend.validLength(1)).isTrue();
    assertThat(CoverageTrend.validLength(36)).isTrue();
    assertThat(CoverageTrend.validLength(0)).isFalse();
    assertThat(CoverageTrend.validLength(37)).isFalse();
    assertThat(CoverageTrend.firstMonth(AS_OF, 12)).isEqualTo(YearMonth.of(2025, 4));
    assertThatThrownBy(() -> CoverageTrend.of(AS_OF, 0, new TreeMap<>(), Map.of(), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
