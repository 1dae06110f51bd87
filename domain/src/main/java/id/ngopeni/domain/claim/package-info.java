/**
 * Claims: what a death or work accident is worth (what BPJS pays, the city's expected amount),
 * whether it may be paid, which documents it needs, and its states.
 *
 * <p>Decisions a reader should know (each is explained where it is made):
 *
 * <ul>
 *   <li>BPU waiting period (JKM): a death on membership start + 3 months pays in full, the day
 *       before pays the funeral cost only ({@link id.ngopeni.domain.claim.BenefitRules#jkmWaitingPeriodEnd}).
 *   <li>Scholarship (PP 82/2019): a flagged line with amount Rp0, never in the cash total, never
 *       paid out by a payout; it is paid per school year later. Under PP 44/2015 it was one cash
 *       line of Rp12.000.000. Amounts per level: {@link
 *       id.ngopeni.domain.claim.ScholarshipLevel}.
 *   <li>JKK death floor: "the JKM amount" is the JKM santunan kematian (Rp20.000.000).
 *   <li>Claim deadline: 5 years after the incident for JKK (PP 82/2019 Pasal 26) and, by our
 *       choice, for JKM too; the anniversary itself is still in time.
 *   <li>NPWP: never required for a JKK or JKM claim (BPJS asks for it only for a JHT balance
 *       above Rp50.000.000, and the NIK serves as NPWP since 2024).
 *   <li>Amounts and periods are an effective-dated {@link id.ngopeni.domain.claim.BenefitSchedule}
 *       (PP 44/2015 from 1 July 2015, PP 82/2019 from 2 December 2019); the one in force on the
 *       incident date applies, never today's.
 *   <li>Cover follows the paid period ({@link id.ngopeni.domain.claim.PaidPeriod}): an incident
 *       in an unpaid month is covered once the arrears (at most 3 months back) are paid.
 *   <li>Scholarship: JKM needs 36 months of contributions counted, gaps not resetting the count;
 *       the yearly entitlements are scheduled by {@link id.ngopeni.domain.claim.ScholarshipPlan}.
 *   <li>JKK accident benefits (STMB, disability from the table in {@code disability-table.tsv},
 *       transport and home-care caps): {@link id.ngopeni.domain.claim.AccidentBenefits}; each
 *       line names its {@link id.ngopeni.domain.claim.Payee}.
 *   <li>Who receives what, co-widows and the funeral arranger of class 6: {@link
 *       id.ngopeni.domain.claim.BeneficiaryRules}.
 *   <li>No PARTIALLY_PAID claim status: payouts show what is paid.
 * </ul>
 */
package id.ngopeni.domain.claim;
