package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a recorded BPJS answer must satisfy. Every field is checked, so the officer sees all
 * that is wrong at once; nothing is written while any check fails.
 */
public final class BpjsAnswerRules {
  private BpjsAnswerRules() {}

  /**
   * @param amount the amount as sent ({@code null} when missing)
   * @param lines the per-line amounts as sent (may hold negative amounts: they are refused here)
   * @param paidBefore what earlier answers on this case already paid
   * @param handedOverOn the hand-over date; the answer cannot come before it
   * @param today in Asia/Jakarta
   */
  public static void check(Violations violations, BpjsOutcome outcome, Long amount, List<BpjsAnswer.PaidLine> lines,
      boolean hasPayee, String reason, LocalDate answeredOn, Entitlement expected, Rupiah paidBefore,
      LocalDate handedOverOn, LocalDate today) {
    boolean reasoned = reason != null && !reason.isBlank();
    if (outcome == BpjsOutcome.REFUSED) {
      if (!reasoned && !violations.has("reason")) {
        violations.add("reason", ClaimError.REASON_REQUIRED);
      }
      if (amount != null && amount != 0) {
        violations.add("amount", amount < 0 ? ClaimError.AMOUNT_NEGATIVE : ClaimError.REFUSAL_WITH_AMOUNT);
      }
    } else if (outcome != null) {
      if (amount == null) {
        if (!violations.has("amount")) {
          violations.add("amount", ClaimError.AMOUNT_REQUIRED);
        }
      } else if (amount < 0) {
        violations.add("amount", ClaimError.AMOUNT_NEGATIVE);
      } else if (!reasoned && paidBefore.plus(Rupiah.of(amount)).isGreaterThan(expected.total())) {
        violations.add("amount", ClaimError.AMOUNT_ABOVE_EXPECTED,
            "Expected " + expected.total() + " in all, " + paidBefore + " paid before: give BPJS's reason for more.");
      }
      if (!hasPayee && !violations.has("paidToName")) {
        violations.add("paidToName", ClaimError.PAYEE_REQUIRED);
      }
    }
    checkLines(violations, lines, amount, reasoned, expected);
    if (answeredOn != null) {
      if (answeredOn.isAfter(today)) {
        violations.add("answeredOn", ClaimError.DATE_IN_FUTURE);
      } else if (handedOverOn != null && answeredOn.isBefore(handedOverOn)) {
        violations.add("answeredOn", ClaimError.DATE_BEFORE_HANDOVER);
      }
    }
  }

  private static void checkLines(Violations violations, List<BpjsAnswer.PaidLine> lines, Long amount, boolean reasoned,
      Entitlement expected) {
    if (lines.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    Rupiah sum = Rupiah.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      BpjsAnswer.PaidLine line = lines.get(i);
      String at = "lines[" + i + "].";
      EntitlementLine due = expected.lines().stream()
          .filter(l -> !l.flagged() && l.code().equals(line.code())).findFirst().orElse(null);
      if (due == null || !seen.add(line.code())) {
        violations.add(at + "code", ClaimError.PAID_LINE_UNKNOWN);
      }
      if (line.amount().isNegative()) {
        violations.add(at + "amount", ClaimError.AMOUNT_NEGATIVE);
      } else if (due != null && !reasoned && line.amount().isGreaterThan(due.amount())) {
        violations.add(at + "amount", ClaimError.AMOUNT_ABOVE_EXPECTED, "Expected " + due.amount() + " on this line.");
      }
      sum = sum.plus(line.amount());
    }
    if (amount != null && !sum.equals(Rupiah.of(amount)) && !violations.has("amount")) {
      violations.add("lines", ClaimError.PAID_LINES_MISMATCH, "The lines add up to " + sum + ", the amount is " + Rupiah.of(amount) + ".");
    }
  }
}
