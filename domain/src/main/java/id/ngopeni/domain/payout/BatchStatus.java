package id.ngopeni.domain.payout;

/**
 * Where a disbursement batch stands: OPEN while some transfer in it awaits the bank's answer,
 * RECONCILED once every one has it (a bank may answer in parts). The one move is OPEN →
 * RECONCILED; a RECONCILED batch takes no more answers.
 */
public enum BatchStatus {
  OPEN,
  RECONCILED;

  public boolean takesAnswers() {
    return this == OPEN;
  }
}
