package id.ngopeni.domain.membership;

/**
 * The sector BPJS Ketenagakerjaan counts a non-wage (BPU) participant's work in, as far as the
 * price depends on it. PP 50/2025 (Pasal 4) halves BPU JKK+JKM contributions for a different
 * period in the transport sector than in all the others, and no rule in force distinguishes any
 * other sector, so two values are the honest minimum; a new one is added when a regulation
 * prices it differently.
 */
public enum Sector {
  /**
   * Transport: drivers and couriers working on their own account, on a digital platform or not
   * (ojek, taxi and delivery drivers, couriers), as BPJS and Kemnaker describe PP 50/2025's
   * transport sector.
   */
  TRANSPORT,
  /** Every other sector: mosque caretakers, gravediggers, RT/RW heads, artists, traders… */
  OTHER;

  /**
   * The sector of a membership enrolled without one, and of every membership recorded before
   * sectors existed: none of the city's categories (marbot, penggali kubur, guru ngaji, linmas,
   * RT/RW, pekerja seni, athletes) is transport work.
   */
  public static final Sector DEFAULT = OTHER;
}
