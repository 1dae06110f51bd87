package id.ngopeni.domain.worker;

/** RECEIVING while the upload streams in (never shown); then QUEUED → RUNNING → DONE or FAILED. */
public enum ImportStatus {
  RECEIVING,
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
