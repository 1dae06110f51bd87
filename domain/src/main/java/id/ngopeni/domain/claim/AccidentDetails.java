package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.CaseError;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.util.List;

/**
 * What a JKK incapacity ({@link ClaimType#JKK_INCAPACITY}) or disability ({@link
 * ClaimType#JKK_DISABILITY}) claim states about the accident's consequences, as filed. The
 * declared income is not here: it is the membership's on the accident date.
 *
 * @param unableToWorkFrom first day of certified temporary incapacity (STMB)
 * @param unableToWorkUntil last day of it, inclusive: the day of recovery, or the day the
 *     doctor set a permanent disability
 * @param totalDisability cacat total tetap
 * @param disabilities partial findings, each a row of {@link DisabilityTable}
 */
public record AccidentDetails(
    LocalDate unableToWorkFrom, LocalDate unableToWorkUntil, boolean totalDisability, List<Finding> disabilities) {

  /**
   * One finding as filed.
   *
   * @param functionLostPercent {@code null} for the anatomical loss; otherwise the share of the
   *     part's function lost, 1–100
   */
  public record Finding(String tableCode, Integer functionLostPercent) {}

  public AccidentDetails {
    disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
  }

  /** Whether any fact is given at all (a claim of another type must give none). */
  public boolean isEmpty() {
    return unableToWorkFrom == null && unableToWorkUntil == null && !totalDisability && disabilities.isEmpty();
  }

  /**
   * Checks the facts against the claim type, adding one violation per bad field: STMB needs its
   * first and last day, within the accident and today; a disability is total or a list of known
   * table rows, never both; a type without details takes none.
   *
   * @param details the facts as filed, or {@code null} when none were sent
   */
  public static void check(Violations violations, ClaimType type, AccidentDetails details, LocalDate accidentDate,
      LocalDate today) {
    AccidentDetails d = details == null ? new AccidentDetails(null, null, false, List.of()) : details;
    boolean incapacity = type == ClaimType.JKK_INCAPACITY;
    boolean disability = type == ClaimType.JKK_DISABILITY;
    if (!incapacity) {
      notForType(violations, "unableToWorkFrom", d.unableToWorkFrom() != null);
      notForType(violations, "unableToWorkUntil", d.unableToWorkUntil() != null);
    }
    if (!disability) {
      notForType(violations, "totalDisability", d.totalDisability());
      notForType(violations, "disabilities", !d.disabilities().isEmpty());
    }
    if (incapacity) {
      checkIncapacity(violations, d, accidentDate, today);
    }
    if (disability) {
      checkDisability(violations, d);
    }
  }

  private static void checkIncapacity(Violations violations, AccidentDetails d, LocalDate accidentDate,
      LocalDate today) {
    if (d.unableToWorkFrom() == null && !violations.has("unableToWorkFrom")) {
      violations.add("unableToWorkFrom", HttpError.REQUIRED);
    }
    if (d.unableToWorkUntil() == null && !violations.has("unableToWorkUntil")) {
      violations.add("unableToWorkUntil", HttpError.REQUIRED);
    }
    if (d.unableToWorkFrom() != null && accidentDate != null && d.unableToWorkFrom().isBefore(accidentDate)) {
      violations.add("unableToWorkFrom", CaseError.INCAPACITY_BEFORE_INCIDENT);
    }
    if (d.unableToWorkUntil() != null) {
      if (d.unableToWorkFrom() != null && d.unableToWorkUntil().isBefore(d.unableToWorkFrom())) {
        violations.add("unableToWorkUntil", CaseError.INCAPACITY_PERIOD_ORDER);
      } else if (d.unableToWorkUntil().isAfter(today)) {
        // The expected amount is for days that happened; later days are a later claim.
        violations.add("unableToWorkUntil", ClaimError.DATE_IN_FUTURE);
      }
    }
  }

  private static void checkDisability(Violations violations, AccidentDetails d) {
    if (d.totalDisability() && !d.disabilities().isEmpty()) {
      violations.add("disabilities", CaseError.DISABILITY_TOTAL_AND_PARTIAL);
    } else if (!d.totalDisability() && d.disabilities().isEmpty() && !violations.has("disabilities")) {
      violations.add("disabilities", CaseError.DISABILITY_REQUIRED);
    }
    for (int i = 0; i < d.disabilities().size(); i++) {
      Finding f = d.disabilities().get(i);
      String at = "disabilities[" + i + "].";
      if (f.tableCode() == null) {
        if (!violations.has(at + "tableCode")) {
          violations.add(at + "tableCode", HttpError.REQUIRED);
        }
      } else if (DisabilityTable.row(f.tableCode()).isEmpty()) {
        violations.add(at + "tableCode", CaseError.DISABILITY_CODE_UNKNOWN);
      }
      if (f.functionLostPercent() != null && (f.functionLostPercent() < 1 || f.functionLostPercent() > 100)) {
        violations.add(at + "functionLostPercent", CaseError.FUNCTION_LOST_INVALID);
      }
    }
  }

  private static void notForType(Violations violations, String field, boolean given) {
    if (given) {
      violations.add(field, CaseError.FACT_NOT_FOR_TYPE);
    }
  }

  /**
   * The facts {@link AccidentBenefits} computes from, with the membership's declared income.
   * Call only after {@link #check} found nothing wrong.
   */
  AccidentFacts facts(Rupiah declaredIncome, LocalDate accidentDate) {
    List<AccidentFacts.Disability> findings = disabilities.stream()
        .map(f -> new AccidentFacts.Disability(f.tableCode(), f.functionLostPercent()))
        .toList();
    return new AccidentFacts(declaredIncome, accidentDate, null, null, List.of(), null, unableToWorkFrom,
        unableToWorkUntil, findings, totalDisability);
  }
}
