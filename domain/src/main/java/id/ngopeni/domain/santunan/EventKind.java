package id.ngopeni.domain.santunan;

/** What happened to a worker that a city santunan programme may pay for. */
public enum EventKind {
  /** The worker died (any cause): the santunan goes to the highest class of heirs registered. */
  DEATH(true),
  /** The worker had a work accident: the santunan goes to the worker. */
  WORK_ACCIDENT(false);

  private final boolean paysHeirs;

  EventKind(boolean paysHeirs) {
    this.paysHeirs = paysHeirs;
  }

  /** Whether the beneficiary is an heir (highest priority registered) rather than the worker. */
  public boolean paysHeirs() {
    return paysHeirs;
  }
}
