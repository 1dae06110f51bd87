/**
 * The city's own benefit (santunan daerah). BPJS Ketenagakerjaan pays the statutory JKK and JKM
 * benefits itself; a city pays only what its own regulation (a Perwali) founds, from its own budget.
 *
 * <ul>
 *   <li>A {@link id.ngopeni.domain.santunan.Programme} is data: the founding regulation, an
 *       effective period (both ends inclusive), eligibility (worker categories, the funding sources
 *       of the membership, a membership active on the event date), an amount per
 *       {@link id.ngopeni.domain.santunan.EventKind}, and the budget line (year, source) with the
 *       ceiling its payouts may hold.
 *   <li>An event gives one {@link id.ngopeni.domain.santunan.SantunanEntitlement} under each
 *       programme in force on the event date whose rules the worker meets
 *       ({@link id.ngopeni.domain.santunan.Eligibility}); none is a 422 naming the field.
 *   <li>Payouts of an entitlement ({@code domain.payout.PayoutRules}) stay within it and within the
 *       programme's ceiling; a death pays the highest heir class registered, a work accident the worker.
 * </ul>
 */
package id.ngopeni.domain.santunan;
