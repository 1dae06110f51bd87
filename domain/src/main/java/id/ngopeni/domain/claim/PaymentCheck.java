package id.ngopeni.domain.claim;

import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What BPJS paid against what the regulation gives, line by line, and what the office must
 * follow up. Pure: computed again from the answers whenever they change.
 *
 * @param lines one per cash line of the expected entitlement
 * @param followUp why the case needs a person's look; empty when BPJS paid what was expected to
 *     the right person
 */
public record PaymentCheck(Rupiah expectedTotal, Rupiah paidTotal, List<LineCheck> lines, Set<FollowUp> followUp) {

  /** Why a case is flagged for follow-up. */
  public enum FollowUp {
    /** BPJS paid less than the regulation gives (a refusal counts: it paid nothing). */
    SHORTFALL,
    /**
     * BPJS paid a death benefit to someone other than the highest heir class registered (PP
     * 44/2015 Pasal 37(5)), or to someone not registered as an heir while heirs are.
     */
    PAYEE_NOT_FIRST_HEIR
  }

  /**
   * @param paid what BPJS paid on the line, or {@code null} when an answer gave only its total
   */
  public record LineCheck(EntitlementLine expected, Rupiah paid, boolean shortfall) {}

  public PaymentCheck {
    lines = List.copyOf(lines);
    followUp = followUp.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(followUp));
  }

  /**
   * @param answers BPJS's answers so far, oldest first; none yet gives an empty check
   * @param heirs the relationships of the worker's registered heirs
   */
  public static PaymentCheck of(ClaimType type, Entitlement expected, List<BpjsAnswer> answers,
      List<HeirRelationship> heirs) {
    Rupiah paid = answers.stream().map(BpjsAnswer::amount).reduce(Rupiah.ZERO, Rupiah::plus);
    boolean perLine = !answers.isEmpty()
        && answers.stream().allMatch(a -> a.outcome() == BpjsOutcome.REFUSED || !a.lines().isEmpty());
    List<LineCheck> lines = new ArrayList<>();
    boolean lineShort = false;
    for (EntitlementLine line : expected.lines()) {
      if (line.flagged()) {
        continue;
      }
      Rupiah linePaid = perLine ? paidOn(line.code(), answers) : null;
      boolean shortfall = linePaid != null && line.amount().isGreaterThan(linePaid);
      lineShort |= shortfall;
      lines.add(new LineCheck(line, linePaid, shortfall));
    }
    Set<FollowUp> followUp = EnumSet.noneOf(FollowUp.class);
    if (!answers.isEmpty() && (lineShort || expected.total().isGreaterThan(paid))) {
      followUp.add(FollowUp.SHORTFALL);
    }
    if (type.isDeath() && answers.stream().anyMatch(a -> paidToLowerClass(a, heirs))) {
      followUp.add(FollowUp.PAYEE_NOT_FIRST_HEIR);
    }
    return new PaymentCheck(expected.total(), paid, lines, followUp);
  }

  private static Rupiah paidOn(String code, List<BpjsAnswer> answers) {
    return answers.stream()
        .flatMap(a -> a.lines().stream())
        .filter(l -> l.code().equals(code))
        .map(BpjsAnswer.PaidLine::amount)
        .reduce(Rupiah.ZERO, Rupiah::plus);
  }

  /**
   * Whether a payment went to a lower heir class than one registered: a payee who is not a
   * registered heir counts as lower whenever any heir is registered (with none, whoever arranged
   * the funeral may lawfully receive the funeral cost).
   */
  static boolean paidToLowerClass(BpjsAnswer answer, List<HeirRelationship> heirs) {
    if (answer.outcome() == BpjsOutcome.REFUSED || heirs.isEmpty()) {
      return false;
    }
    HeirRelationship payee = answer.payeeRelationship();
    return payee == null || heirs.stream().anyMatch(h -> h.outranks(payee));
  }
}
