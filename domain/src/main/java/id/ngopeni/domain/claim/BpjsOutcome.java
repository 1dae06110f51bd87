package id.ngopeni.domain.claim;

/** What BPJS Ketenagakerjaan answered on a handed-over case. */
public enum BpjsOutcome {
  PAID(ClaimStatus.BPJS_PAID),
  PARTLY_PAID(ClaimStatus.BPJS_PARTLY_PAID),
  REFUSED(ClaimStatus.BPJS_REFUSED);

  private final ClaimStatus stage;

  BpjsOutcome(ClaimStatus stage) {
    this.stage = stage;
  }

  /** The stage the case moves to. */
  public ClaimStatus stage() {
    return stage;
  }
}
