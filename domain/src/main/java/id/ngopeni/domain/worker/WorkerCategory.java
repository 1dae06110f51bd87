package id.ngopeni.domain.worker;

import java.util.regex.Pattern;

/**
 * Worker categories (MARBOT, GURU_NGAJI, …) are reference data admins extend; the domain only knows
 * what a code looks like. Whether it exists is the database's question.
 */
public final class WorkerCategory {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{1,39}");

  private WorkerCategory() {}

  /** Upper-case letters and underscores, 2–40 long, starting with a letter. */
  public static boolean isCode(String text) {
    return text != null && CODE.matcher(text).matches();
  }
}
