package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;

/** Error codes of reference data and regions (reference); part of the catalogue ({@link ErrorCode}). */
public enum ReferenceError implements ErrorCode {
  CATEGORY_EXISTS("category_exists", 409, "A category with this code exists already.", PROBLEM),
  SORT_ORDER_INVALID("sort_order_invalid", 422, "Must be 0 to 10000.", FIELD),
  CODE_INVALID("code_invalid", 422, "Region codes look like 35, 35.73, 35.73.02 or 35.73.02.1001.", FIELD),
  CODE_DUPLICATE("code_duplicate", 422, "This code appears twice in the file.", FIELD),
  PARENT_UNKNOWN("parent_unknown", 422, "The parent region is neither in the file nor in the database.", FIELD),
  COLUMNS_INVALID("columns_invalid", 422, "Each row has two columns: code,name.", FIELD),
  CSV_MALFORMED("csv_malformed", 422, "A quoted field is never closed.", FIELD),
  ROWS_REQUIRED("rows_required", 422, "The file has no rows.", FIELD);

  private final Spec spec;

  ReferenceError(String code, int status, String message, ErrorKind first, ErrorKind... more) {
    this.spec = new Spec(code, status, message, first, more);
  }

  @Override
  public Spec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec.code();
  }
}
