/**
 * Claims: what a death or work accident is worth, whether it may be paid, which documents it
 * needs, and its states.
 *
 * <p>Decisions a reader should know (each is explained where it is made):
 *
 * <ul>
 *   <li>BPU waiting period (JKM): a death on membership start + 3 months pays in full, the day
 *       before pays the funeral cost only ({@link id.ngopeni.domain.claim.BenefitRules#jkmWaitingPeriodEnd}).
 *   <li>Scholarship: a flagged line with amount Rp0, never in the cash total, never paid out
 *       by a payout; it is paid per school year later. Amounts per level: {@link
 *       id.ngopeni.domain.claim.ScholarshipLevel}.
 *   <li>JKK death floor: "the JKM amount" is the JKM santunan kematian (Rp20.000.000).
 *   <li>Claim deadline: 5 years after the incident for JKK (PP 82/2019 Pasal 26) and, by our
 *       choice, for JKM too; the anniversary itself is still in time.
 *   <li>NPWP: needed when the cash total is more than Rp50.000.000.
 *   <li>Amounts and periods are a {@link id.ngopeni.domain.claim.BenefitSchedule}, so an
 *       unconfirmed one can be changed without touching the rules.
 *   <li>No PARTIALLY_PAID claim status: payouts show what is paid.
 * </ul>
 */
package id.ngopeni.domain.claim;
