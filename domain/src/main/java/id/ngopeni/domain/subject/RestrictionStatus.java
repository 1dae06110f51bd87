package id.ngopeni.domain.subject;

import java.util.Set;

/**
 * Where a restriction of processing stands: REQUESTED (the person asked; the 3 × 24 hour clock
 * runs) → APPLIED (the person is restricted) → LIFTED (processing may resume, with a reason). A
 * request may also be LIFTED before it was applied (withdrawn, or refused under Pasal 41 ayat 2).
 */
public enum RestrictionStatus {
  REQUESTED, APPLIED, LIFTED;

  /** The statuses a person can have only one of at a time. */
  public static final Set<RestrictionStatus> OPEN = Set.of(REQUESTED, APPLIED);
}
