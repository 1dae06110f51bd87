package id.ngopeni.domain.problem;

/**
 * Error codes of the city's own benefit (santunan daerah): programmes, events and entitlements.
 * Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's name in lower
 * case; its status, kinds and English message are in {@code error-codes.tsv} beside this class.
 */
public enum SantunanError implements ErrorCode {
  PROGRAMME_NOT_FOUND, ENTITLEMENT_NOT_FOUND, NO_PROGRAMME_IN_FORCE, EVENT_KIND_NOT_COVERED,
  CATEGORY_NOT_COVERED, FUNDING_SOURCE_NOT_COVERED, NO_MEMBERSHIP_ON_EVENT_DATE, SANTUNAN_BUDGET_EXCEEDED,
  BENEFICIARY_IS_WORKER, DEATH_ALREADY_RECORDED, CEILING_BELOW_COMMITTED, AMOUNTS_REQUIRED,
  EFFECTIVE_TO_BEFORE_FROM, BUDGET_YEAR_INVALID;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
