package id.ngopeni.domain.decree;

import id.ngopeni.domain.dtsen.Decile;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly re-verification of a decree's cohort before the next year's decree: each worker
 * still in it is checked again against the registry, and carried over only if nothing fails.
 */
public final class Reverification {
  private Reverification() {}

  /**
   * What re-verification knows of one worker.
   *
   * @param died a death is recorded
   * @param categoryThen the category the worker was in the decree for; {@code categoryNow} the registry's
   * @param kelurahanThen the kelurahan then (code like 35.73.02.1001); {@code kelurahanNow} the registry's
   * @param decile the worker's latest DTSEN decile, null when in no extract
   * @param maxDecile the source's DTSEN limit, null when its policy is off
   */
  public record Facts(boolean died, String categoryThen, String categoryNow, String kelurahanThen, String kelurahanNow,
      Integer decile, Integer maxDecile) {}

  /** Every reason the worker fails; empty when re-verified. */
  public static List<NotReverified> check(Facts f) {
    List<NotReverified> why = new ArrayList<>();
    if (f.died()) {
      why.add(NotReverified.DIED);
    }
    if (!f.categoryThen().equals(f.categoryNow())) {
      why.add(NotReverified.CATEGORY_CHANGED);
    }
    if (!regency(f.kelurahanThen()).equals(regency(f.kelurahanNow()))) {
      why.add(NotReverified.LEFT_AREA);
    }
    if (f.maxDecile() != null && !Decile.eligible(f.decile(), f.maxDecile())) {
      why.add(f.decile() == null ? NotReverified.NOT_IN_DTSEN : NotReverified.DECILE_ABOVE_POLICY);
    }
    return why;
  }

  /** "35.73" of "35.73.02.1001": province and regency (kabupaten/kota). */
  static String regency(String kelurahan) {
    return kelurahan.length() >= 5 ? kelurahan.substring(0, 5) : kelurahan;
  }
}
