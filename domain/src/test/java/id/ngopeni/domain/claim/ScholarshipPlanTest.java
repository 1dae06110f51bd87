package id.ngopeni.domain.claim;

import static id.ngopeni.domain.claim.ScholarshipLevel.*;
import static id.ngopeni.domain.claim.ScholarshipPlan.Basis.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Beasiswa per child per school year (PP 44/2015 Pasal 25 and 34 as amended by PP 82/2019). */
class ScholarshipPlanTest {
  static final LocalDate DEATH = LocalDate.of(2025, 3, 10);
  static final CoverageFacts LONG_MEMBER = new CoverageFacts(
      LocalDate.of(2020, 1, 1), null, Set.of(Program.JKK, Program.JKM), Rupiah.of(1_000_000), LocalDate.of(2020, 1, 1));
  static final CoverageFacts NEW_MEMBER = new CoverageFacts(
      LocalDate.of(2024, 12, 1), null, Set.of(Program.JKK, Program.JKM), Rupiah.of(1_000_000), LocalDate.of(2024, 12, 1));

  static ScholarshipChild child(String name, LocalDate born, ScholarshipLevel level, int year) {
    return new ScholarshipChild(name, born, level, year, null);
  }

  @Test
  void perSchoolYearAmounts_TkSd1_5_Smp2_Sma3_HigherEducation12Juta_PP82_2019() {
    assertThat(List.of(TK.perYear(), SD.perYear(), SMP.perYear(), SMA.perYear(), S1_OR_TRAINING.perYear()))
        .containsExactly(Rupiah.of(1_500_000), Rupiah.of(1_500_000), Rupiah.of(2_000_000), Rupiah.of(3_000_000),
            Rupiah.of(12_000_000));
  }

  @Test
  void aChildInSdYearFiveIsScheduledYearByYearToTheDegree_PP82_2019() {
    List<ScholarshipYear> years = ScholarshipPlan.schedule(JKM_DEATH, LONG_MEMBER, DEATH,
        List.of(child("Adi", LocalDate.of(2014, 1, 1), SD, 5)));

    assertThat(years).extracting(ScholarshipYear::schoolYear, ScholarshipYear::level, ScholarshipYear::amount)
        .startsWith(
            tuple("2024/2025", SD, Rupiah.of(1_500_000)),
            tuple("2025/2026", SD, Rupiah.of(1_500_000)),
            tuple("2026/2027", SMP, Rupiah.of(2_000_000)))
        .endsWith(tuple("2036/2037", S1_OR_TRAINING, Rupiah.of(12_000_000)));
    assertThat(years).hasSize(13);
    assertThat(ScholarshipPlan.total(years)).isEqualTo(Rupiah.of(3_000_000 + 6_000_000 + 9_000_000 + 60_000_000));
    assertThat(years).allSatisfy(y -> {
      assertThat(y.proof()).contains("tahun ajaran " + y.schoolYear());
      assertThat(y.regulation()).startsWith("PP 82/2019");
    });
  }

  @Test
  void itEndsWhenTheChildTurns23_PP82_2019() {
    List<ScholarshipYear> years = ScholarshipPlan.schedule(JKK_DEATH, NEW_MEMBER, LocalDate.of(2025, 8, 1),
        List.of(child("Sari", LocalDate.of(2003, 9, 1), S1_OR_TRAINING, 1)));

    assertThat(years).extracting(ScholarshipYear::schoolYear).containsExactly("2025/2026", "2026/2027");
    assertThat(ScholarshipPlan.total(years)).isEqualTo(Rupiah.of(24_000_000));
  }

  @Test
  void itEndsWhenTheChildMarriesOrWorks_PP82_2019() {
    List<ScholarshipYear> years = ScholarshipPlan.schedule(JKK_DEATH, NEW_MEMBER, DEATH,
        List.of(new ScholarshipChild("Rina", LocalDate.of(2008, 5, 1), SMA, 2, LocalDate.of(2026, 2, 1))));

    assertThat(years).extracting(ScholarshipYear::schoolYear, ScholarshipYear::level, ScholarshipYear::yearInLevel)
        .containsExactly(tuple("2024/2025", SMA, 2), tuple("2025/2026", SMA, 3));
  }

  @Test
  void atMostTwoChildren_PP82_2019() {
    List<ScholarshipYear> years = ScholarshipPlan.schedule(JKK_TOTAL_PERMANENT_DISABILITY, NEW_MEMBER, DEATH, List.of(
        child("A", LocalDate.of(2010, 1, 1), SMP, 3), child("B", LocalDate.of(2012, 1, 1), SD, 6),
        child("C", LocalDate.of(2014, 1, 1), SD, 4)));

    assertThat(years).extracting(ScholarshipYear::child).containsOnly("A", "B");
  }

  @Test
  void twoChildrenFromKindergartenToTheDegreeReachTheCapOfRp174Juta_PP82_2019() {
    List<ScholarshipYear> years = ScholarshipPlan.schedule(JKK_DEATH, NEW_MEMBER, LocalDate.of(2025, 8, 1), List.of(
        child("A", LocalDate.of(2021, 1, 1), TK, 1), child("B", LocalDate.of(2021, 2, 1), TK, 1)));

    assertThat(years).hasSize(38);
    assertThat(ScholarshipPlan.total(years)).isEqualTo(Rupiah.of(174_000_000)).isEqualTo(ScholarshipLevel.maxPerClaim());
  }

  @Test
  void aChildNotYetAtSchoolStartsWhenEnteringSchool_PP82_2019() {
    List<ScholarshipYear> years = ScholarshipPlan.schedule(JKK_DEATH, NEW_MEMBER, DEATH,
        List.of(child("Bayi", LocalDate.of(2022, 3, 1), null, 0)));

    assertThat(years.get(0)).extracting(ScholarshipYear::schoolYear, ScholarshipYear::level)
        .containsExactly("2029/2030", SD);
  }

  @Test
  void jkmNeedsThirtySixMonthsCountedButJkkNone_PP82_2019() {
    List<ScholarshipChild> kids = List.of(child("A", LocalDate.of(2015, 1, 1), SD, 4));
    assertThat(ScholarshipPlan.schedule(JKM_DEATH, NEW_MEMBER, DEATH, kids)).isEmpty();
    assertThat(ScholarshipPlan.schedule(JKK_DEATH, NEW_MEMBER, DEATH, kids)).isNotEmpty();
    assertThat(ScholarshipPlan.schedule(JKK_TOTAL_PERMANENT_DISABILITY, NEW_MEMBER, DEATH, kids)).isNotEmpty();
  }

  @Test
  void gapsDoNotResetTheThreeYearsTheyOnlyDoNotCount_PP82_2019() {
    Map<YearMonth, Rupiah> gap = new HashMap<>();
    for (int m = 1; m <= 6; m++) {
      gap.put(YearMonth.of(2021, m), Rupiah.of(16_800));
    }
    CoverageFacts withGap = new CoverageFacts(
        LocalDate.of(2020, 1, 1), null, Set.of(Program.JKM), Rupiah.of(1_000_000), LocalDate.of(2020, 1, 1), gap);

    // 2020-01 .. 2022-12 is 36 months elapsed, 6 unpaid: 30 counted
    assertThat(withGap.contributionMonthsCounted(LocalDate.of(2023, 1, 1))).isEqualTo(30);
    assertThat(BenefitRules.entitlement(ClaimType.JKM_DEATH, withGap, LocalDate.of(2023, 1, 1), null).lines())
        .noneMatch(l -> l.code().equals("SCHOLARSHIP"));
    // six months later 36 are counted although they were never 36 in a row
    assertThat(withGap.contributionMonthsCounted(LocalDate.of(2023, 7, 1))).isEqualTo(36);
    assertThat(BenefitRules.entitlement(ClaimType.JKM_DEATH, withGap, LocalDate.of(2023, 7, 1), null).lines())
        .anyMatch(l -> l.code().equals("SCHOLARSHIP") && l.flagged());
  }

  @Test
  void underPP44_2015TheScholarshipIsPaidWithTheClaimSoThereIsNoYearlySchedule() {
    assertThat(ScholarshipPlan.schedule(JKK_DEATH, LONG_MEMBER, LocalDate.of(2018, 1, 1),
        List.of(child("A", LocalDate.of(2010, 1, 1), SD, 2)))).isEmpty();
  }
}
