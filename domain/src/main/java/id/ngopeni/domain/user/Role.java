package id.ngopeni.domain.user;

/** A user has exactly one role (see API.md, Roles). */
public enum Role {
  /** Users, reference data, tariffs, budgets, targets. */
  ADMIN,
  /** Registry, enrolment, claims; creates payouts (the maker). */
  OPERATOR,
  /** Approves or rejects payouts (the checker). */
  APPROVER,
  /** Reads everything, including the audit log; changes nothing. */
  AUDITOR,
  /** Mobile: registers workers and files claims only in the kelurahan assigned to them. */
  FIELD_OFFICER;

  /** Only field officers are scoped to kelurahan; every other role sees the whole city. */
  public boolean isAreaScoped() {
    return this == FIELD_OFFICER;
  }
}
