package id.ngopeni.domain.dtsen;

import id.ngopeni.domain.problem.DtsenError;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.util.List;
import java.util.OptionalInt;

/**
 * A DTSEN decile: 1 (the poorest tenth of households) to 10. Since Inpres 4/2025 the national
 * single data set ranks households so, by NIK; which deciles a programme covers is local policy.
 */
public final class Decile {
  public static final int LOWEST = 1;
  public static final int HIGHEST = 10;

  private Decile() {}

  /**
   * The decile in a cell of an extract: digits 1–10, "7.0" as a spreadsheet writes a number;
   * empty when the text is no decile.
   */
  public static OptionalInt parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.endsWith(".0")) {
      t = t.substring(0, t.length() - 2);
    }
    if (t.isEmpty() || t.length() > 2 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.empty();
    }
    int d = Integer.parseInt(t);
    return d >= LOWEST && d <= HIGHEST ? OptionalInt.of(d) : OptionalInt.empty();
  }

  /** True when a worker of {@code decile} (null: not in DTSEN) may be paid for under a limit. */
  public static boolean eligible(Integer decile, int maxDecile) {
    return decile != null && decile <= maxDecile;
  }

  /** Refuses an enrolment under a source whose policy the worker's decile does not meet. */
  public static void checkEligible(Integer decile, int maxDecile, String field) {
    if (!eligible(decile, maxDecile)) {
      ErrorCode code = DtsenError.DECILE_NOT_ELIGIBLE;
      String why = decile == null ? "The worker is not in the DTSEN extracts imported so far"
          : "The worker's DTSEN decile is " + decile;
      throw new Invalid(List.of(new FieldError(field, code,
          why + "; this funding source pays for deciles 1 to " + maxDecile + " only.")));
    }
  }

  /** A policy's limit: 1–10. */
  public static boolean isValidLimit(long maxDecile) {
    return maxDecile >= LOWEST && maxDecile <= HIGHEST;
  }
}
