package id.ngopeni.domain.calendar;

/**
 * The deadlines the city watches on a case, each measured in {@link Unit#WORKING_DAYS} or
 * {@link Unit#HOURS}; how long each is comes from {@link ServiceDurations} (effective-dated).
 */
public enum ServiceClock {
  /** BPJS pays a complete JKM file within 3 working days. */
  JKM_PAYMENT("PP 44/2015 Pasal 37 jo. PP 82/2019: JKM dibayar paling lama 3 hari kerja sejak berkas lengkap"),
  /** BPJS pays a complete JKK file within 7 working days (1 %/day late). */
  JKK_PAYMENT("PP 44/2015 Pasal 37: JKK dibayar paling lama 7 hari kerja sejak berkas lengkap"),
  /** A work accident is reported to BPJS within 2 × 24 hours. */
  ACCIDENT_REPORT("PP 44/2015 Pasal 27 jo. PP 49/2023: kecelakaan kerja dilaporkan paling lama 2 × 24 jam");

  public enum Unit { WORKING_DAYS, HOURS }

  private final String regulation;

  ServiceClock(String regulation) {
    this.regulation = regulation;
  }

  public String regulation() {
    return regulation;
  }

  public Unit unit() {
    return this == ACCIDENT_REPORT ? Unit.HOURS : Unit.WORKING_DAYS;
  }
}
