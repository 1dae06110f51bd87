/**
 * The recipient decree (SK penerima) per budget year and funding source: its header and cohort
 * rules ({@link id.ngopeni.domain.decree.DecreeRules}), additions and removals under four eyes
 * ({@link id.ngopeni.domain.decree.DecreeChange}, {@link id.ngopeni.domain.decree.ChangeReason}),
 * and the yearly re-verification ({@link id.ngopeni.domain.decree.Reverification}).
 */
package id.ngopeni.domain.decree;
