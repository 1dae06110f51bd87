package id.ngopeni.domain.claim;

import id.ngopeni.domain.membership.Program;

/** What a claim asks BPJS Ketenagakerjaan to pay for, and the programme that must cover it. */
public enum ClaimType {
  /** Death not caused by work: Jaminan Kematian (PP 82/2019). */
  JKM_DEATH(Program.JKM, true),
  /** Death from a work accident: Jaminan Kecelakaan Kerja (PP 82/2019). */
  JKK_DEATH(Program.JKK, true),
  /** Medical care after a work accident: JKK, as medically needed, no cap. */
  JKK_MEDICAL(Program.JKK, false),
  /**
   * Temporary incapacity after a work accident (STMB): a share of the declared income for the
   * days the worker could not work, paid to the worker (PP 82/2019).
   */
  JKK_INCAPACITY(Program.JKK, false),
  /**
   * Permanent disability after a work accident, total or partial (the regulation's table),
   * paid to the worker (PP 82/2019).
   */
  JKK_DISABILITY(Program.JKK, false);

  private final Program program;
  private final boolean death;

  ClaimType(Program program, boolean death) {
    this.program = program;
    this.death = death;
  }

  /** The programme the membership must include for this claim to be paid. */
  public Program program() {
    return program;
  }

  /**
   * Whether the expected amount is computed from the membership (declared income, start date):
   * every type but medical costs, which are the documented costs.
   */
  public boolean fromMembership() {
    return this != JKK_MEDICAL;
  }

  /** Whether the claim carries the facts of {@link AccidentDetails} (incapacity or disability). */
  public boolean hasAccidentDetails() {
    return this == JKK_INCAPACITY || this == JKK_DISABILITY;
  }

  /** Death claims pay heirs, and a worker can die only once. */
  public boolean isDeath() {
    return death;
  }
}
