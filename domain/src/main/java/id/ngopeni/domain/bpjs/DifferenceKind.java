package id.ngopeni.domain.bpjs;

/** How the city's invoice and BPJS's bill disagree about one participant for one month. */
public enum DifferenceKind {
  /** BPJS bills a known worker the city did not invoice for the month. */
  BILLED_NOT_INVOICED,
  /** The city invoiced a membership BPJS's bill does not list. */
  NOT_AT_BPJS,
  /** The city invoiced a membership BPJS lists as inactive. */
  INACTIVE_AT_BPJS,
  /** Both bill the participant, for different amounts. */
  AMOUNT_DIFFERS,
  /** BPJS bills a month after a death recorded in the registry or reported by BPJS itself. */
  BILLED_AFTER_DEATH,
  /** BPJS reports a wage job elsewhere (PU) or another region paying (PEMDA). */
  COVERED_TWICE
}
