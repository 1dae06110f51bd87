package id.ngopeni.domain.worker;

import id.ngopeni.domain.problem.ReferenceError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.Violations;
import java.util.regex.Pattern;

/**
 * Worker categories (MARBOT, GURU_NGAJI, …) are reference data admins extend; the domain only knows
 * what a code looks like and what a new category may say. Whether it exists is the database's question.
 */
public final class WorkerCategory {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{1,39}");

  /** Where a new category sorts when none is given. */
  public static final int DEFAULT_SORT_ORDER = 100;

  private WorkerCategory() {}

  /** Upper-case letters and underscores, 2–40 long, starting with a letter. */
  public static boolean isCode(String text) {
    return text != null && CODE.matcher(text).matches();
  }

  /**
   * Adds to {@code v} what is wrong with a new category. A null value is missing or of the wrong
   * type, which was reported already.
   */
  public static void check(Violations v, String code, String nameId, String nameEn, Long sortOrder) {
    if (code != null && !isCode(code)) {
      v.add("code", WorkerError.CATEGORY_INVALID);
    }
    checkName(v, "nameId", nameId);
    checkName(v, "nameEn", nameEn);
    if (sortOrder != null && (sortOrder < 0 || sortOrder > 10_000)) {
      v.add("sortOrder", ReferenceError.SORT_ORDER_INVALID);
    }
  }

  private static void checkName(Violations v, String field, String value) {
    if (value != null && value.strip().length() > 100) {
      v.add(field, WorkerError.NAME_INVALID);
    }
  }
}
