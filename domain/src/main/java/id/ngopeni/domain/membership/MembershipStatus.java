package id.ngopeni.domain.membership;

/** Why a membership is, or is no longer, billed; the dates say until when. */
public enum MembershipStatus {
  /** Enrolled and open-ended. */
  ACTIVE,
  /** Ended on purpose (the worker left the category, died, moved away…). */
  ENDED,
  /** Deactivated after too many unpaid monthly invoices. */
  LAPSED
}
