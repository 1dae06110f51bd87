package id.ngopeni.domain.decree;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.time.Year;

/**
 * The header of a recipient decree (SK Wali Kota penerima bantuan iuran) and the rules around
 * it. A decree fixes, per budget year and funding source, the cohort of workers the source pays
 * for; a budget year before the current one is closed (its money is spent and accounted), so no
 * decree is made for it.
 */
public final class DecreeRules {
  public static final int MAX_NUMBER = 100;
  public static final int MAX_RULE = 500;

  private DecreeRules() {}

  /** Adds to {@code v} what is wrong with a decree's header, field by field. */
  public static void checkHeader(String number, LocalDate decreeDate, Integer year, String earmarkRule, LocalDate today,
      Violations v) {
    if (!v.has("number") && (number == null || number.isBlank())) {
      v.add("number", HttpError.REQUIRED);
    } else if (number != null && number.strip().length() > MAX_NUMBER) {
      v.add("number", HttpError.TOO_LONG, "At most " + MAX_NUMBER + " characters.");
    }
    if (earmarkRule != null && earmarkRule.strip().length() > MAX_RULE) {
      v.add("earmarkRule", HttpError.TOO_LONG, "At most " + MAX_RULE + " characters.");
    }
    if (year == null) {
      if (!v.has("year")) {
        v.add("year", HttpError.REQUIRED);
      }
    } else if (!v.has("year") && isClosed(year, today)) {
      v.add("year", DecreeError.DECREE_YEAR_CLOSED);
    }
    if (decreeDate == null && !v.has("decreeDate")) {
      v.add("decreeDate", HttpError.REQUIRED);
    }
  }

  /** A budget year before today's is closed. */
  public static boolean isClosed(int year, LocalDate today) {
    return year < today.getYear();
  }

  /** Whether the source pays only for its decree's cohort once it has a decree for the year (APBD and DBHCHT). */
  public static boolean requiresDecreeByDefault(FundingSource source) {
    return source == FundingSource.APBD || source == FundingSource.DBHCHT;
  }

  /** The budget year whose decree an enrolment starting on {@code start} falls under. */
  public static Year yearOf(LocalDate start) {
    return Year.from(start);
  }

  /**
   * The NIK as a signed list shows it: the first four and last four digits, the rest masked, as
   * everywhere else ({@link Masks#nik}); one that is not 16 digits is masked whole.
   */
  public static String maskNik(String digits) {
    return Masks.nik(digits == null ? "" : digits);
  }
}
