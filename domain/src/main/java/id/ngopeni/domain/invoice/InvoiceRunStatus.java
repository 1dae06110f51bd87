package id.ngopeni.domain.invoice;

/**
 * Where a month's invoice generation stands, as clients see it. Stored are QUEUED, DONE and
 * FAILED; RUNNING is a QUEUED run an instance has started. Should that instance die, its work is
 * rolled back and another instance starts the run again: it stays RUNNING meanwhile.
 */
public enum InvoiceRunStatus {
  QUEUED, RUNNING, DONE, FAILED;

  public static InvoiceRunStatus of(String stored, boolean started) {
    InvoiceRunStatus status = valueOf(stored);
    return status == QUEUED && started ? RUNNING : status;
  }

  public boolean finished() {
    return this == DONE || this == FAILED;
  }
}
