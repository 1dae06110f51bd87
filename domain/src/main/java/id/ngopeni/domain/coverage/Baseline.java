package id.ngopeni.domain.coverage;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The working population (BPS), the city's target and the participants BPJS reported for one
 * area in one year: what turns a count of members into a UCJ percentage and a gap.
 *
 * <p>Rules: the workforce is more than zero; the target and the reported participants are not
 * negative and neither exceeds the workforce. Baselines are kept for the city (REGENCY), its
 * kecamatan and kelurahan only.
 *
 * @param reportedParticipants null when BPJS reported nothing for the area
 */
public record Baseline(
    int year,
    String regionCode,
    String level,
    long workforce,
    long target,
    Long reportedParticipants) {

  /** Region levels a baseline can be recorded for. */
  public static final Set<String> LEVELS = Set.of("REGENCY", "KECAMATAN", "KELURAHAN");

  public Baseline {
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(level, "level");
    // What the table enforces too; the comparisons with the workforce are checked on input.
    if (workforce <= 0 || target < 0 || (reportedParticipants != null && reportedParticipants < 0)) {
      throw new IllegalArgumentException("baseline figures out of range");
    }
  }

  /** Whether a region of this level can have a baseline. */
  public static boolean isBaselineLevel(String level) {
    return level != null && LEVELS.contains(level);
  }

  /**
   * Every rule the figures break (a null figure was not given and breaks none here), on the
   * fields {@code workforce}, {@code target} and {@code reportedParticipants}.
   */
  public static List<FieldError> check(Long workforce, Long target, Long reportedParticipants) {
    List<FieldError> errors = new ArrayList<>();
    if (workforce != null && workforce <= 0) {
      errors.add(new FieldError("workforce", HttpError.NOT_POSITIVE));
    }
    if (target != null && target < 0) {
      errors.add(new FieldError("target", HttpError.NEGATIVE));
    }
    if (reportedParticipants != null && reportedParticipants < 0) {
      errors.add(
          new FieldError("reportedParticipants", HttpError.NEGATIVE));
    }
    if (workforce != null && target != null && target > workforce) {
      errors.add(
          new FieldError("target", MoneyError.ABOVE_WORKFORCE));
    }
    if (workforce != null && reportedParticipants != null && reportedParticipants > workforce) {
      errors.add(
          new FieldError(
              "reportedParticipants",
              MoneyError.ABOVE_WORKFORCE));
    }
    return errors;
  }

  /**
   * The row's figures: the participants BPJS reported when there are any (they include wage
   * earners and members the city does not enrol), else the city's own {@code covered} count.
   */
  public CoverageFigures figures(long covered) {
    long participants = reportedParticipants != null ? reportedParticipants : covered;
    return new CoverageFigures(participants, workforce, target);
  }

  /** Figures of a row without a baseline: only the covered count is known. */
  public static CoverageFigures figures(long covered, Baseline baselineOrNull) {
    return baselineOrNull == null
        ? new CoverageFigures(covered, null, null)
        : baselineOrNull.figures(covered);
  }
}
