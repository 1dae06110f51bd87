package id.ngopeni.persistence.worker.importing;

/**
 * This instance no longer holds the job (its lease ran out and another instance took it over, or
 * the job ended): whatever it was about to commit is rolled back and it stops.
 */
public final class LeaseLost extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LeaseLost() {
    super("import lease lost", null, false, false);
  }
}
