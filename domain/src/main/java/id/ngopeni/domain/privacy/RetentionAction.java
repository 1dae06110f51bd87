package id.ngopeni.domain.privacy;

/** What retention does to a record past its period. */
public enum RetentionAction {
  /** The row goes (a batch's audit tombstone says how many and which ids). */
  DELETE,
  /** The personal part goes, the row stays: what the record was, never what it held. */
  ANONYMISE
}
