package id.ngopeni.domain.problem;

/**
 * Error codes of reference data and regions (reference).
 * Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's name in lower
 * case; its status, kinds and English message are in {@code error-codes.tsv} beside this class.
 */
public enum ReferenceError implements ErrorCode {
  CATEGORY_EXISTS, SORT_ORDER_INVALID, CODE_INVALID, CODE_DUPLICATE, PARENT_UNKNOWN, COLUMNS_INVALID,
  CSV_MALFORMED, ROWS_REQUIRED;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
