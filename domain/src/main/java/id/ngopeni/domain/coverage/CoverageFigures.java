package id.ngopeni.domain.coverage;

import id.ngopeni.domain.money.Rupiah;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The counts of one coverage row (an area, a category, a funding source, or the total).
 * Baselines come from BPS and the city's targets and may be missing for a row; every figure
 * derived from a missing baseline is then absent rather than zero or a division error.
 *
 * @param participants active participants counted for the row (the city's own members, or the
 *     count BPJS reported for the period, whichever the caller reports on)
 * @param workforce working population of the row; null when no baseline is recorded
 * @param target participants aimed at; null when no target is recorded
 */
public record CoverageFigures(long participants, Long workforce, Long target) {

  public CoverageFigures {
    if (participants < 0
        || (workforce != null && workforce < 0)
        || (target != null && target < 0)) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** UCJ: participants ÷ workforce. */
  public Optional<UcjPercent> ucjPercent() {
    return UcjPercent.of(participants, workforce);
  }

  /** The target as a share of the workforce. */
  public Optional<UcjPercent> targetPercent() {
    return target == null ? Optional.empty() : UcjPercent.of(target, workforce);
  }

  /** How far along the way to the target: participants ÷ target. */
  public Optional<UcjPercent> percentOfTarget() {
    return UcjPercent.of(participants, target);
  }

  /** target − participants; negative when the target is exceeded. */
  public OptionalLong gap() {
    return target == null ? OptionalLong.empty() : OptionalLong.of(target - participants);
  }

  public Optional<CoverageProjection> projection(Rupiah minimumMonthlyPremium) {
    return target == null
        ? Optional.empty()
        : Optional.of(CoverageProjection.of(participants, target, minimumMonthlyPremium));
  }

  /**
   * Two rows added up for a total. A baseline is known for the total only if both rows know
   * it: a total workforce missing some areas would inflate the percentage.
   */
  public CoverageFigures plus(CoverageFigures other) {
    return new CoverageFigures(
        Math.addExact(participants, other.participants),
        workforce == null || other.workforce == null
            ? null
            : Math.addExact(workforce, other.workforce),
        target == null || other.target == null ? null : Math.addExact(target, other.target));
  }
}
