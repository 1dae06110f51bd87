package id.ngopeni.domain.problem;

/**
 * Error codes of contribution relief (PP 50/2025: discounted tariffs per funding source and
 * sector). Part of the catalogue ({@link ErrorCode}); status, kinds and message in
 * {@code error-codes.tsv}.
 */
public enum ReliefError implements ErrorCode {
  DISCOUNT_TOO_HIGH;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
