package id.ngopeni.domain.claim;

import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;

/**
 * The hand-over of a complete file to BPJS Ketenagakerjaan.
 *
 * @param handedOverOn the day the branch received the file; BPJS's payment clock starts here
 * @param branch the BPJS branch (kantor cabang), e.g. "Malang"
 * @param caseNumber BPJS's case or receipt number
 */
public record HandOver(LocalDate handedOverOn, String branch, String caseNumber) {

  /** The date rules; the text fields are checked by the HTTP layer (required, length, no control characters). */
  public static void checkDate(Violations violations, LocalDate handedOverOn, LocalDate incidentDate, LocalDate today) {
    if (handedOverOn == null) {
      return;
    }
    if (handedOverOn.isAfter(today)) {
      violations.add("handedOverOn", ClaimError.DATE_IN_FUTURE);
    } else if (handedOverOn.isBefore(incidentDate)) {
      violations.add("handedOverOn", ClaimError.DATE_BEFORE_INCIDENT);
    }
  }
}
