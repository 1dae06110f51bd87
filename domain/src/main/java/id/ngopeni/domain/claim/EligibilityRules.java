package id.ngopeni.domain.claim;

import id.ngopeni.domain.problem.ClaimError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a claim may be paid. Every rule is checked, so an officer sees all that is wrong
 * at once.
 *
 * <p>Reason codes: {@code incident_in_future}, {@code no_active_membership}, {@code
 * program_not_covered}, {@code claim_deadline_passed}, {@code already_claimed_death}, {@code
 * contribution_arrears} (the incident month is not paid yet; covered once the arrears are
 * paid), {@code membership_lapsed} (more than 3 months unpaid before it, or arrears that can no
 * longer be paid).
 */
public final class EligibilityRules {
  private EligibilityRules() {}

  /** Under the schedule in force on the incident date. */
  public static Eligibility eligibility(
      ClaimType type,
      CoverageFacts coverage,
      LocalDate incidentDate,
      LocalDate today,
      boolean deathAlreadyClaimed) {
    return eligibility(
        type, coverage, incidentDate, today, deathAlreadyClaimed, BenefitSchedule.inForceOn(incidentDate));
  }

  /**
   * @param coverage the membership that was in force on the incident date, or {@code null} if
   *     the worker had none
   * @param today in Asia/Jakarta ({@code Jakarta.today(clock)})
   * @param deathAlreadyClaimed whether another death claim for this worker exists that was not
   *     rejected
   */
  public static Eligibility eligibility(
      ClaimType type,
      CoverageFacts coverage,
      LocalDate incidentDate,
      LocalDate today,
      boolean deathAlreadyClaimed,
      BenefitSchedule schedule) {
    List<Reason> reasons = new ArrayList<>();
    Arrears arrears = null;
    if (incidentDate.isAfter(today)) {
      reasons.add(new Reason(ClaimError.INCIDENT_IN_FUTURE));
    }
    if (coverage == null || !coverage.isActiveOn(incidentDate)) {
      reasons.add(
          new Reason(ClaimError.NO_ACTIVE_MEMBERSHIP));
    } else if (!coverage.covers(type.program())) {
      reasons.add(
          new Reason(
              ClaimError.PROGRAM_NOT_COVERED,
              "The membership does not include the programme " + type.program() + "."));
    } else {
      arrears = PaidPeriod.arrears(coverage, incidentDate, today);
      if (arrears != null) {
        reasons.add(PaidPeriod.reason(arrears, incidentDate));
      }
    }
    if (today.isAfter(claimDeadline(incidentDate, schedule))) {
      reasons.add(
          new Reason(
              ClaimError.CLAIM_DEADLINE_PASSED,
              "Hak klaim gugur " + schedule.claimDeadlineYears()
                  + " tahun setelah kejadian (" + claimDeadline(incidentDate, schedule) + ")."));
    }
    if (type.isDeath() && deathAlreadyClaimed) {
      reasons.add(
          new Reason(ClaimError.ALREADY_CLAIMED_DEATH));
    }
    return Eligibility.of(reasons, arrears);
  }

  /**
   * The last day a claim may be filed. JKK: the right lapses 5 years after the accident (PP
   * 82/2019 Pasal 26), so the anniversary itself is still in time and the day after is not.
   * JKM: we found no deadline of its own and apply the same 5 years, so a stale death claim
   * gets a person's look outside this system instead of an automatic payout (unconfirmed; it is
   * the schedule's {@code claimDeadlineYears}).
   */
  public static LocalDate claimDeadline(LocalDate incidentDate, BenefitSchedule schedule) {
    return incidentDate.plusYears(schedule.claimDeadlineYears());
  }
}
