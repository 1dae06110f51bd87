package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;

/**
 * One yearly scholarship entitlement: paid by BPJS for this child and school year once the
 * year's proof is filed (it is claimed year by year).
 *
 * @param schoolYearStart the school year runs from July of this year to June of the next
 * @param proof what must be shown for this year
 * @param regulation the legal basis
 */
public record ScholarshipYear(
    String child, int schoolYearStart, ScholarshipLevel level, int yearInLevel, Rupiah amount, String proof,
    String regulation) {

  /** "2025/2026". */
  public String schoolYear() {
    return schoolYearStart + "/" + (schoolYearStart + 1);
  }
}
