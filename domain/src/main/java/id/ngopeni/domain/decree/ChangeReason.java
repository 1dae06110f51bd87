package id.ngopeni.domain.decree;

import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.domain.problem.Invalid;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Why a worker leaves or joins a decree's cohort during the year: the fixed list the decree's
 * annex records. A removal names what happened to the worker; an addition why they came in
 * (usually replacing someone removed).
 */
public enum ChangeReason {
  /** The worker died. */
  DIED(ChangeKind.REMOVE),
  /** The worker moved out of the city. */
  MOVED_AWAY(ChangeKind.REMOVE),
  /** The worker became a wage earner: the employer enrols and pays for them (PU, not BPU). */
  BECAME_WAGE_WORKER(ChangeKind.REMOVE),
  /** The worker no longer does the work of the category the programme pays for. */
  NO_LONGER_IN_CATEGORY(ChangeKind.REMOVE),
  /** The same person is in the cohort twice. */
  DUPLICATE(ChangeKind.REMOVE),
  /** The worker no longer meets the programme's terms (say the DTSEN decile policy). */
  NO_LONGER_ELIGIBLE(ChangeKind.REMOVE),
  /** In place of a worker removed during the year. */
  REPLACEMENT(ChangeKind.ADD),
  /** Newly verified as meeting the programme's terms. */
  NEWLY_ELIGIBLE(ChangeKind.ADD),
  /** Left out of the decree by mistake. */
  CORRECTION(ChangeKind.ADD);

  private final ChangeKind kind;

  ChangeReason(ChangeKind kind) {
    this.kind = kind;
  }

  public ChangeKind kind() {
    return kind;
  }

  /**
   * The reason named by {@code text}, which must be one of the list for {@code kind}.
   *
   * @throws Invalid {@code reason} / {@code decree_reason_invalid}
   */
  public static ChangeReason of(String text, ChangeKind kind) {
    for (ChangeReason r : values()) {
      if (r.name().equals(text) && r.kind == kind) {
        return r;
      }
    }
    String allowed = Arrays.stream(values()).filter(r -> r.kind == kind).map(Enum::name).collect(Collectors.joining(", "));
    throw Invalid.of("reason", DecreeError.DECREE_REASON_INVALID,
        (text == null || text.isBlank() ? "A reason is required. " : "") + "One of: " + allowed + ".");
  }
}
