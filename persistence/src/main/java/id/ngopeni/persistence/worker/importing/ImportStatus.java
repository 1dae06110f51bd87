package id.ngopeni.persistence.worker.importing;

/** RECEIVING while the upload streams in (never shown); then QUEUED → RUNNING → DONE or FAILED. */
public enum ImportStatus {
  RECEIVING,
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
