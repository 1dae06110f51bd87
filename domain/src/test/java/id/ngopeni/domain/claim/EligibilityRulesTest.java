package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRulesTest {
  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final LocalDate INCIDENT = LocalDate.of(2021, 3, 15);
  static final CoverageFacts BOTH =
      new CoverageFacts(START, null, Set.of(Program.JKK, Program.JKM), Rupiah.of(1_000_000), START);

  static Eligibility check(ClaimType type, CoverageFacts coverage, LocalDate incident, LocalDate today) {
    return EligibilityRules.eligibility(type, coverage, incident, today, false);
  }

  @ParameterizedTest
  @EnumSource(ClaimType.class)
  void aCoveredRecentIncidentIsEligible(ClaimType type) {
    Eligibility e = check(type, BOTH, INCIDENT, INCIDENT.plusDays(10));
    assertThat(e.eligible()).isTrue();
    assertThat(e.reasons()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ClaimType.class)
  void theFiveYearDeadlineDayItselfIsStillInTime(ClaimType type) {
    assertThat(EligibilityRules.claimDeadline(INCIDENT, BenefitSchedule.PP_82_2019))
        .isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(check(type, BOTH, INCIDENT, LocalDate.of(2026, 3, 15)).eligible()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ClaimType.class)
  void theDayAfterTheDeadlineTheRightHasLapsed(ClaimType type) {
    Eligibility e = check(type, BOTH, INCIDENT, LocalDate.of(2026, 3, 16));
    assertThat(e.eligible()).isFalse();
    assertThat(e.reasons()).extracting(Reason::code).containsExactly("claim_deadline_passed");
  }

  @Test
  void aLeapDayIncidentLapsesAfterTheTwentyEighthOfFebruary() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    assertThat(EligibilityRules.claimDeadline(leapDay, BenefitSchedule.PP_82_2019))
        .isEqualTo(LocalDate.of(2029, 2, 28));
  }

  @Test
  void anIncidentAfterTodayIsRefused() {
    Eligibility e = check(ClaimType.JKK_MEDICAL, BOTH, INCIDENT, INCIDENT.minusDays(1));
    assertThat(e.reasons()).extracting(Reason::code).containsExactly("incident_in_future");
    assertThat(check(ClaimType.JKK_MEDICAL, BOTH, INCIDENT, INCIDENT).eligible()).isTrue();
  }

  @Test
  void noMembershipAtAllIsNoActiveMembership() {
    assertThat(check(ClaimType.JKM_DEATH, null, INCIDENT, INCIDENT).reasons())
        .extracting(Reason::code)
        .containsExactly("no_active_membership");
  }

  @Test
  void membershipStartAndEndDaysAreBothCovered() {
    CoverageFacts ended =
        new CoverageFacts(START, INCIDENT, Set.of(Program.JKK, Program.JKM), Rupiah.of(1_000_000), START);
    assertThat(check(ClaimType.JKK_MEDICAL, ended, START, INCIDENT).eligible()).isTrue();
    assertThat(check(ClaimType.JKK_MEDICAL, ended, INCIDENT, INCIDENT).eligible()).isTrue();
    assertThat(check(ClaimType.JKK_MEDICAL, ended, INCIDENT.plusDays(1), INCIDENT.plusDays(1)).reasons())
        .extracting(Reason::code)
        .containsExactly("no_active_membership");
    assertThat(check(ClaimType.JKK_MEDICAL, ended, START.minusDays(1), INCIDENT).reasons())
        .extracting(Reason::code)
        .containsExactly("no_active_membership");
  }

  @Test
  void theClaimTypesProgramMustBeInTheMembership() {
    CoverageFacts jkmOnly =
        new CoverageFacts(START, null, Set.of(Program.JKM), Rupiah.of(1_000_000), START);
    CoverageFacts jkkOnly =
        new CoverageFacts(START, null, Set.of(Program.JKK), Rupiah.of(1_000_000), START);

    assertThat(check(ClaimType.JKK_DEATH, jkmOnly, INCIDENT, INCIDENT).reasons())
        .extracting(Reason::code)
        .containsExactly("program_not_covered");
    assertThat(check(ClaimType.JKK_MEDICAL, jkmOnly, INCIDENT, INCIDENT).hasReason("program_not_covered")).isTrue();
    assertThat(check(ClaimType.JKM_DEATH, jkkOnly, INCIDENT, INCIDENT).hasReason("program_not_covered")).isTrue();
    assertThat(check(ClaimType.JKM_DEATH, jkmOnly, INCIDENT, INCIDENT).eligible()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = ClaimType.class, names = {"JKM_DEATH", "JKK_DEATH"})
  void aSecondDeathClaimIsRefused(ClaimType type) {
    Eligibility e = EligibilityRules.eligibility(type, BOTH, INCIDENT, INCIDENT, true);
    assertThat(e.reasons()).extracting(Reason::code).containsExactly("already_claimed_death");
  }

  @Test
  void aMedicalClaimIsNotBlockedByAnEarlierDeathClaim() {
    assertThat(EligibilityRules.eligibility(ClaimType.JKK_MEDICAL, BOTH, INCIDENT, INCIDENT, true).eligible())
        .isTrue();
  }

  @Test
  void anIneligibleClaimGetsEveryReason() {
    CoverageFacts jkkOnlyLater =
        new CoverageFacts(LocalDate.of(2030, 1, 1), null, Set.of(Program.JKK), Rupiah.of(1_000_000), null);
    LocalDate incident = LocalDate.of(2031, 1, 1);

    Eligibility e =
        EligibilityRules.eligibility(ClaimType.JKM_DEATH, null, LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1), true);
    assertThat(e.reasons())
        .extracting(Reason::code)
        .containsExactly("no_active_membership", "claim_deadline_passed", "already_claimed_death");

    Eligibility future = EligibilityRules.eligibility(ClaimType.JKM_DEATH, jkkOnlyLater, incident, incident.minusDays(1), true);
    assertThat(future.reasons())
        .extracting(Reason::code)
        .containsExactly("incident_in_future", "program_not_covered", "already_claimed_death");
    assertThat(future.reasons()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
  }
}
