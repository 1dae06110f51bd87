package id.ngopeni.domain.subject;

/** OPEN (recorded, the clock runs) → APPLIED (the worker was edited under its id) | REJECTED (with a note). */
public enum CorrectionStatus {
  OPEN, APPLIED, REJECTED
}
