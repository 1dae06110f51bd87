package id.ngopeni.domain.santunan;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.SantunanError;
import id.ngopeni.domain.problem.Violations;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a programme well formed, and what an edit may not do to one in use. */
public final class ProgrammeRules {
  static final int MAX_TEXT = 200;
  private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{1,49}");

  private ProgrammeRules() {}

  /**
   * Every field error at once ({@code validation_failed}): name and regulation (number, date),
   * the start of the effective period and an end not before it, category codes, at least one
   * event kind with an amount above Rp0, the budget year, source and a ceiling not below Rp0.
   */
  public static Programme validate(Programme p) {
    Violations v = new Violations();
    text(v, "name", p.name());
    text(v, "regulationNumber", p.regulationNumber());
    if (p.regulationDate() == null) {
      v.add("regulationDate", HttpError.REQUIRED);
    }
    if (p.effectiveFrom() == null) {
      v.add("effectiveFrom", HttpError.REQUIRED);
    } else if (p.effectiveTo() != null && p.effectiveTo().isBefore(p.effectiveFrom())) {
      v.add("effectiveTo", SantunanError.EFFECTIVE_TO_BEFORE_FROM);
    }
    if (p.categories().stream().anyMatch(c -> !CATEGORY.matcher(c).matches())) {
      v.add("categories", id.ngopeni.domain.problem.WorkerError.CATEGORY_INVALID);
    }
    if (p.amounts().isEmpty() || p.amounts().values().stream().anyMatch(a -> a.compareTo(Rupiah.ZERO) <= 0)) {
      v.add("amounts", SantunanError.AMOUNTS_REQUIRED);
    }
    if (p.budgetYear() < 2000 || p.budgetYear() > 2200) {
      v.add("budgetYear", SantunanError.BUDGET_YEAR_INVALID);
    }
    if (p.budgetSource() == null) {
      v.add("budgetSource", HttpError.REQUIRED);
    }
    if (p.budgetCeiling() == null) {
      v.add("budgetCeiling", HttpError.REQUIRED);
    } else if (p.budgetCeiling().isNegative()) {
      v.add("budgetCeiling", HttpError.NEGATIVE);
    }
    v.throwIfAny();
    return p;
  }

  /**
   * An edit may not lower the ceiling below what the programme's payouts already hold
   * ({@code committed}); the use case holds the programme row locked while it checks.
   */
  public static void checkCeiling(Rupiah ceiling, Rupiah committed) {
    if (committed.isGreaterThan(ceiling)) {
      String detail = "The programme's payouts already hold " + committed + "; the ceiling cannot go below it.";
      throw new Invalid(SantunanError.CEILING_BELOW_COMMITTED, detail,
          List.of(new FieldError("budgetCeiling", SantunanError.CEILING_BELOW_COMMITTED, detail)));
    }
  }

  private static void text(Violations v, String field, String value) {
    if (value == null || value.isBlank()) {
      v.add(field, HttpError.REQUIRED);
    } else if (value.length() > MAX_TEXT) {
      v.add(field, HttpError.TOO_LONG);
    }
  }
}
