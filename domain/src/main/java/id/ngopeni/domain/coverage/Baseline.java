package id.ngopeni.domain.coverage;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The working population (BPS), the city's target and the participants BPJS reported for one
 * area in one year: what turns a count of members into a UCJ percentage and a gap.
 *
 * <p>Rules: the workforce is more than zero; the target and the reported participants are not
 * negative and neither exceeds the workforce. Baselines are kept for the city (REGENCY), its
 * kecamatan and kelurahan only.
 *
 * <p>Each baseline may say where its figures come from ({@code source}: an article, a BPS
 * table, a letter from BPJS; at most {@link #SOURCE_MAX} characters) and the day they describe
 * ({@code asOf}, never in the future). Both are optional so older baselines stay valid, but a
 * figure without them is shown as unsourced.
 *
 * @param reportedParticipants null when BPJS reported nothing for the area
 * @param source where the figures come from; null when not recorded
 * @param asOf the day the figures describe (BPJS's count date); null when not recorded
 */
public record Baseline(
    int year,
    String regionCode,
    String level,
    long workforce,
    long target,
    Long reportedParticipants,
    String source,
    LocalDate asOf) {

  /** Region levels a baseline can be recorded for. */
  public static final Set<String> LEVELS = Set.of("REGENCY", "KECAMATAN", "KELURAHAN");

  /** The longest source text kept (a citation, not a document). */
  public static final int SOURCE_MAX = 300;

  public Baseline {
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(level, "level");
    // What the table enforces too; the comparisons with the workforce are checked on input.
    if (workforce <= 0 || target < 0 || (reportedParticipants != null && reportedParticipants < 0)) {
      throw new IllegalArgumentException("baseline figures out of range");
    }
    if (source != null && (source.isBlank() || source.length() > SOURCE_MAX)) {
      throw new IllegalArgumentException("baseline source blank or too long");
    }
  }

  /** A baseline without a recorded source or date. */
  public Baseline(int year, String regionCode, String level, long workforce, long target, Long reportedParticipants) {
    this(year, regionCode, level, workforce, target, reportedParticipants, null, null);
  }

  /**
   * Every rule the source and its date break, on the fields {@code source} and {@code asOf}: a
   * source is not blank and at most {@link #SOURCE_MAX} characters; the date does not lie after
   * {@code today}. Null means not given and breaks nothing.
   */
  public static List<FieldError> checkSource(String source, LocalDate asOf, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (source != null && source.isBlank()) {
      errors.add(new FieldError("source", HttpError.REQUIRED));
    } else if (source != null && source.length() > SOURCE_MAX) {
      errors.add(new FieldError("source", HttpError.TOO_LONG));
    }
    if (asOf != null && asOf.isAfter(today)) {
      errors.add(new FieldError("asOf", HttpError.IN_FUTURE));
    }
    return errors;
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

  /**
   * The baseline of the registry's regencies taken together, for a report over all of them: one
   * regency, its own; several (a province), their figures added up, known only when every one
   * has a baseline — a workforce missing a regency would inflate the percentage. The reported
   * participants are added up only when every regency has them; otherwise the sum has none and
   * the total counts the city's own members throughout, never BPJS's count for some regencies
   * added to ours for the others. A sum has no source or date of its own; its region is the
   * province (the regencies' code before the dot).
   *
   * @param eachOrNull each regency's baseline, null for one without
   * @return empty when there is no regency or one lacks a baseline
   */
  public static Optional<Baseline> ofRegencies(List<Baseline> eachOrNull) {
    if (eachOrNull.isEmpty() || eachOrNull.stream().anyMatch(Objects::isNull)) {
      return Optional.empty();
    }
    if (eachOrNull.size() == 1) {
      return Optional.of(eachOrNull.get(0));
    }
    long workforce = 0;
    long target = 0;
    Long reported = 0L;
    for (Baseline b : eachOrNull) {
      workforce = Math.addExact(workforce, b.workforce());
      target = Math.addExact(target, b.target());
      reported = reported == null || b.reportedParticipants() == null ? null
          : Math.addExact(reported, b.reportedParticipants());
    }
    Baseline first = eachOrNull.get(0);
    String province = first.regionCode().split("\\.")[0];
    return Optional.of(new Baseline(first.year(), province, "PROVINCE", workforce, target, reported, null, null));
  }

  /** Figures of a row without a baseline: only the covered count is known. */
  public static CoverageFigures figures(long covered, Baseline baselineOrNull) {
    return baselineOrNull == null
        ? new CoverageFigures(covered, null, null)
        : baselineOrNull.figures(covered);
  }
}
