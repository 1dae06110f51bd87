package id.ngopeni.domain.claim;

import id.ngopeni.domain.membership.Program;

/** What a claim asks BPJS Ketenagakerjaan to pay for, and the programme that must cover it. */
public enum ClaimType {
  /** Death not caused by work: Jaminan Kematian (PP 82/2019). */
  JKM_DEATH(Program.JKM, true),
  /** Death from a work accident: Jaminan Kecelakaan Kerja (PP 82/2019). */
  JKK_DEATH(Program.JKK, true),
  /** Medical care after a work accident: JKK, as medically needed, no cap. */
  JKK_MEDICAL(Program.JKK, false);

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

  /** Death claims pay heirs, and a worker can die only once. */
  public boolean isDeath() {
    return death;
  }
}
