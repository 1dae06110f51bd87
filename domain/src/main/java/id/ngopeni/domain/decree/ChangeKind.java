package id.ngopeni.domain.decree;

/** A change to a decree's cohort during the year: a worker added to it, or removed from it. */
public enum ChangeKind {
  ADD,
  REMOVE
}
