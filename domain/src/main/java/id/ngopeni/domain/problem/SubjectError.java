package id.ngopeni.domain.problem;

/**
 * Error codes of the data subject's rights (UU PDP 27/2022): the report of everything held on a
 * person, the restriction of processing and its refusals, correction requests.
 * Part of the catalogue ({@link ErrorCode}); status, kinds and message in {@code error-codes.tsv}.
 */
public enum SubjectError implements ErrorCode {
  PERSON_RESTRICTED, SUBJECT_NOT_FOUND, RESTRICTION_NOT_FOUND, RESTRICTION_OPEN, RESTRICTION_NOT_REQUESTED,
  RESTRICTION_LIFTED, CORRECTION_NOT_FOUND, CORRECTION_NOT_OPEN, CORRECTION_NOT_EDITED, CORRECTION_OTHER_WORKER,
  CORRECTION_FIELD_UNCHANGED;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
