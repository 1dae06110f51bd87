package id.ngopeni.domain.problem;

/**
 * Error codes of earmarked funds: which worker categories a funding source may pay for.
 * Part of the catalogue ({@link ErrorCode}); status, kinds and message in {@code error-codes.tsv}.
 */
public enum EarmarkError implements ErrorCode {
  CATEGORY_NOT_EARMARKED, EARMARK_CATEGORY_UNKNOWN, EARMARK_CATEGORY_REPEATED, EARMARK_PRIORITY_INVALID;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
