package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cover follows the paid protection period (Permenaker 5/2021; BPJS Perdir 22/PERDIR.02/072022 §12). */
class PaidPeriodTest {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final Rupiah MONTHLY = Rupiah.of(16_800);

  static CoverageFacts unpaid(String... months) {
    Map<YearMonth, Rupiah> unpaid = new HashMap<>();
    for (String m : months) {
      unpaid.put(YearMonth.parse(m), MONTHLY);
    }
    return new CoverageFacts(START, null, Set.of(Program.JKK, Program.JKM), Rupiah.of(1_000_000), START, unpaid);
  }

  static Eligibility jkm(CoverageFacts c, LocalDate death, LocalDate today) {
    return EligibilityRules.eligibility(ClaimType.JKM_DEATH, c, death, today, false);
  }

  @Test
  void aDeathInAPaidMonthIsCovered() {
    Eligibility e = jkm(unpaid("2025-01"), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12));
    assertThat(e.eligible()).isTrue();
    assertThat(e.arrears()).isNull();
  }

  @Test
  void aDeathInAnUnpaidMonthIsCoveredOnceThatMonthIsPaid_Perdir22_2022_s12() {
    Eligibility e = jkm(unpaid("2025-03"), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12));

    assertThat(e.eligible()).isFalse();
    assertThat(e.hasReason("contribution_arrears")).isTrue();
    assertThat(e.coveredOncePaid()).hasValueSatisfying(a -> {
      assertThat(a.from()).isEqualTo(YearMonth.of(2025, 3));
      assertThat(a.to()).isEqualTo(YearMonth.of(2025, 3));
      assertThat(a.amount()).isEqualTo(Rupiah.of(16_800));
    });
    assertThat(e.reasons().get(0).message()).contains("2025-03").contains("Rp16.800");
  }

  @Test
  void theArrearsAreEveryUnpaidMonthUpToTheDeathAtMostThreeBack_Perdir22_2022_s12() {
    Eligibility e = jkm(unpaid("2025-01", "2025-02", "2025-03"), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12));

    assertThat(e.coveredOncePaid()).hasValueSatisfying(a -> {
      assertThat(a.from()).isEqualTo(YearMonth.of(2025, 1));
      assertThat(a.to()).isEqualTo(YearMonth.of(2025, 3));
      assertThat(a.months()).isEqualTo(3);
      assertThat(a.amount()).isEqualTo(Rupiah.of(50_400));
    });
  }

  @Test
  void moreThanThreeUnpaidMonthsBeforeTheDeathLapseTheMembership_Perdir22_2022_s12() {
    Eligibility e = jkm(unpaid("2024-11", "2024-12", "2025-01", "2025-02", "2025-03"),
        LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12));

    assertThat(e.hasReason("membership_lapsed")).isTrue();
    assertThat(e.hasReason("contribution_arrears")).isFalse();
    assertThat(e.coveredOncePaid()).isEmpty();
    assertThat(e.arrears().payable()).isFalse();
  }

  @Test
  void exactlyThreeUnpaidMonthsBeforeTheDeathStillCanBePaidInTheDeathMonth() {
    Eligibility e = jkm(unpaid("2024-12", "2025-01", "2025-02", "2025-03"),
        LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12));
    assertThat(e.hasReason("contribution_arrears")).isTrue();
    assertThat(e.coveredOncePaid()).hasValueSatisfying(a -> assertThat(a.amount()).isEqualTo(Rupiah.of(67_200)));
  }

  @Test
  void arrearsOlderThanThreeMonthsBackCanNoLongerBePaid() {
    Eligibility e = jkm(unpaid("2025-03"), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 7, 1));

    assertThat(e.hasReason("membership_lapsed")).isTrue();
    assertThat(e.coveredOncePaid()).isEmpty();
    assertThat(jkm(unpaid("2025-03"), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 6, 30)).coveredOncePaid())
        .isPresent();
  }

  @Test
  void anUnpaidMonthBeforeAPaidOneDoesNotTouchALaterDeath() {
    assertThat(jkm(unpaid("2025-01", "2025-02"), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2)).eligible())
        .isTrue();
  }

  @Test
  void jkkIsCoveredByThePaidPeriodToo() {
    Eligibility e = EligibilityRules.eligibility(
        ClaimType.JKK_MEDICAL, unpaid("2025-03"), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), false);
    assertThat(e.hasReason("contribution_arrears")).isTrue();
  }
}
