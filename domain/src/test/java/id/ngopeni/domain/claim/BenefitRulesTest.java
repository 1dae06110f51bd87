package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenefitRulesTest {
  static final LocalDate START = LocalDate.of(2025, 1, 10);

  static CoverageFacts coverage(long income, LocalDate paidSince) {
    return new CoverageFacts(
        START, null, Set.of(Program.JKK, Program.JKM), Rupiah.of(income), paidSince);
  }

  static Entitlement jkm(LocalDate incident) {
    return BenefitRules.entitlement(ClaimType.JKM_DEATH, coverage(1_000_000, START), incident, null);
  }

  @Test
  void jkmDeathAfterTheWaitingPeriodPaysFortyTwoMillion() {
    Entitlement e = jkm(LocalDate.of(2025, 6, 1));

    assertThat(e.total()).isEqualTo(Rupiah.of(42_000_000));
    assertThat(e.lines())
        .extracting(EntitlementLine::code, EntitlementLine::amount)
        .containsExactly(
            tuple("JKM_DEATH_LUMP_SUM", Rupiah.of(20_000_000)),
            tuple("JKM_PERIODIC_BENEFIT", Rupiah.of(12_000_000)),
            tuple("FUNERAL_COST", Rupiah.of(10_000_000)));
    assertThat(e.lines()).allSatisfy(line -> assertThat(line.regulation()).contains("PP 82/2019"));
  }

  @Test
  void jkmDeathOnTheDayTheWaitingPeriodEndsIsPaidInFull() {
    assertThat(BenefitRules.jkmWaitingPeriodEnd(coverage(1_000_000, START), BenefitSchedule.PP_82_2019))
        .isEqualTo(LocalDate.of(2025, 4, 10));
    assertThat(jkm(LocalDate.of(2025, 4, 10)).total()).isEqualTo(Rupiah.of(42_000_000));
  }

  @Test
  void jkmDeathTheDayBeforeTheWaitingPeriodEndsPaysTheFuneralCostOnly() {
    Entitlement e = jkm(LocalDate.of(2025, 4, 9));

    assertThat(e.total()).isEqualTo(Rupiah.of(10_000_000));
    assertThat(e.lines())
        .extracting(EntitlementLine::code)
        .containsExactly("FUNERAL_COST", "JKM_WAITING_PERIOD");
    assertThat(e.lines().get(1).flagged()).isTrue();
  }

  @Test
  void waitingPeriodClampsToTheEndOfAShortMonth() {
    CoverageFacts joinedNov30 =
        new CoverageFacts(LocalDate.of(2023, 11, 30), null, Set.of(Program.JKM), Rupiah.of(1_000_000), null);
    assertThat(BenefitRules.jkmWaitingPeriodEnd(joinedNov30, BenefitSchedule.PP_82_2019))
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest(name = "paid since {0}, death {1} → scholarship {2}")
  @CsvSource({
    "2020-03-01, 2023-03-01, true",
    "2020-03-01, 2023-02-28, false",
    "2020-03-01, 2030-01-01, true",
    ", 2030-01-01, false"
  })
  void jkmScholarshipNeedsThreeYearsOfContributions(
      LocalDate paidSince, LocalDate death, boolean flagged) {
    CoverageFacts facts =
        new CoverageFacts(LocalDate.of(2020, 3, 1), null, Set.of(Program.JKM), Rupiah.of(1_000_000), paidSince);
    Entitlement e = BenefitRules.entitlement(ClaimType.JKM_DEATH, facts, death, null);

    assertThat(e.lines().stream().anyMatch(l -> l.code().equals("SCHOLARSHIP"))).isEqualTo(flagged);
    assertThat(e.total()).isEqualTo(Rupiah.of(42_000_000));
  }

  @Test
  void scholarshipLineIsFlaggedAndAddsNothingToTheCashTotal() {
    Entitlement e =
        BenefitRules.entitlement(
            ClaimType.JKM_DEATH, coverage(1_000_000, LocalDate.of(2020, 1, 1)), LocalDate.of(2025, 6, 1), null);
    EntitlementLine scholarship = e.lines().get(e.lines().size() - 1);

    assertThat(scholarship.code()).isEqualTo("SCHOLARSHIP");
    assertThat(scholarship.flagged()).isTrue();
    assertThat(scholarship.amount()).isEqualTo(Rupiah.ZERO);
    assertThat(e.total()).isEqualTo(Rupiah.of(42_000_000));
  }

  @Test
  void jkkDeathPaysFortyEightTimesIncomePlusFuneralPlusPeriodicBenefit() {
    Entitlement e =
        BenefitRules.entitlement(ClaimType.JKK_DEATH, coverage(2_000_000, null), LocalDate.of(2025, 2, 1), null);

    assertThat(e.lines())
        .extracting(EntitlementLine::code, EntitlementLine::amount, EntitlementLine::flagged)
        .containsExactly(
            tuple("JKK_DEATH_LUMP_SUM", Rupiah.of(96_000_000), false),
            tuple("FUNERAL_COST", Rupiah.of(10_000_000), false),
            tuple("JKK_PERIODIC_BENEFIT", Rupiah.of(12_000_000), false),
            tuple("SCHOLARSHIP", Rupiah.ZERO, true));
    assertThat(e.total()).isEqualTo(Rupiah.of(118_000_000));
  }

  @ParameterizedTest(name = "income {0} → lump sum {1}")
  @CsvSource({
    // 48 × 416.666 = 19.999.968: below the JKM death benefit, so the floor applies
    "416666, 20000000",
    // 48 × 416.667 = 20.000.016: above the floor
    "416667, 20000016",
    "1, 20000000",
    "1000000, 48000000",
    "20700000, 993600000"
  })
  void jkkDeathLumpSumIsNeverLessThanTheJkmDeathBenefit(long income, long lumpSum) {
    Entitlement e =
        BenefitRules.entitlement(ClaimType.JKK_DEATH, coverage(income, null), LocalDate.of(2025, 2, 1), null);

    assertThat(e.lines().get(0).amount()).isEqualTo(Rupiah.of(lumpSum));
    assertThat(e.total()).isEqualTo(Rupiah.of(lumpSum + 22_000_000));
  }

  @Test
  void jkkDeathNeedsNoMinimumContributionPeriodForTheScholarship() {
    Entitlement e =
        BenefitRules.entitlement(ClaimType.JKK_DEATH, coverage(1_000_000, null), START, null);
    assertThat(e.lines()).anyMatch(l -> l.code().equals("SCHOLARSHIP") && l.flagged());
  }

  @Test
  void jkkMedicalPaysTheDocumentedCostsWithoutCap() {
    Entitlement e =
        BenefitRules.entitlement(
            ClaimType.JKK_MEDICAL, coverage(1_000_000, null), START, Rupiah.of(1_234_567_890));

    assertThat(e.total()).isEqualTo(Rupiah.of(1_234_567_890));
    assertThat(e.lines()).singleElement().extracting(EntitlementLine::code).isEqualTo("JKK_MEDICAL_COSTS");
  }

  @ParameterizedTest
  @CsvSource({"-1, medical_costs_not_positive", "0, medical_costs_not_positive"})
  void jkkMedicalRefusesCostsThatAreNotPositive(long costs, String code) {
    assertThatThrownBy(
            () -> BenefitRules.entitlement(ClaimType.JKK_MEDICAL, coverage(1_000_000, null), START, Rupiah.of(costs)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> assertThat(e.errors()).singleElement().satisfies(err -> {
              assertThat(err.field()).isEqualTo("medicalCosts");
              assertThat(err.code()).isEqualTo(code);
            }));
  }

  @Test
  void jkkMedicalRequiresTheCosts() {
    assertThatThrownBy(
            () -> BenefitRules.entitlement(ClaimType.JKK_MEDICAL, coverage(1_000_000, null), START, null))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("medical_costs_required"));
  }

  @Test
  void deathClaimsIgnoreMedicalCosts() {
    assertThat(
            BenefitRules.entitlement(ClaimType.JKM_DEATH, coverage(1_000_000, START), LocalDate.of(2025, 6, 1), Rupiah.of(5))
                .total())
        .isEqualTo(Rupiah.of(42_000_000));
  }

  @Test
  void linesCarryIndonesianAndEnglishLabels() {
    assertThat(jkm(LocalDate.of(2025, 6, 1)).lines())
        .allSatisfy(
            line -> {
              assertThat(line.label()).isNotBlank();
              assertThat(line.labelEn()).isNotBlank();
            });
  }

  @Test
  void scheduleTotalsAndScholarshipDataMatchDomainMd() {
    assertThat(BenefitSchedule.PP_82_2019.jkmDeathTotal()).isEqualTo(Rupiah.of(42_000_000));
    assertThat(ScholarshipLevel.maxPerChild()).isEqualTo(Rupiah.of(87_000_000));
    assertThat(ScholarshipLevel.maxPerClaim()).isEqualTo(Rupiah.of(174_000_000));
    assertThat(ScholarshipLevel.SMA.perYear()).isEqualTo(Rupiah.of(3_000_000));
    assertThat(ScholarshipLevel.S1_OR_TRAINING.maxYears()).isEqualTo(5);
  }

  @Test
  void entitlementRefusesATotalThatIsNotTheSumOfItsCashLines() {
    EntitlementLine line = EntitlementLine.cash("X", "x", "x", Rupiah.of(5), "r");
    assertThatThrownBy(() -> new Entitlement(Rupiah.of(6), List.of(line)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EntitlementLine("X", "x", "x", Rupiah.of(5), "r", true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Entitlement.none().total()).isEqualTo(Rupiah.ZERO);
  }
}
