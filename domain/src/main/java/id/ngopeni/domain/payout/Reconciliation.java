package id.ngopeni.domain.payout;

import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.Entitlement;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The bank's answers to a disbursement batch, applied every one or none. Each answer moves its
 * payout by {@link Payout#markPaid} or {@link Payout#markFailed}; a claim becomes PAID once its
 * PAID payouts add up to its whole cash entitlement, and the batch RECONCILED once every
 * transfer in it has an answer.
 */
public final class Reconciliation {
  public static final int MAX_REFERENCE = 100;

  private Reconciliation() {}

  /** What the bank says of one transfer. */
  public enum Outcome {
    PAID(PayoutTransition.MARK_PAID),
    FAILED(PayoutTransition.MARK_FAILED);

    private final PayoutTransition transition;

    Outcome(PayoutTransition transition) {
      this.transition = transition;
    }

    public PayoutTransition transition() {
      return transition;
    }

    /** The payout after this answer. @throws Conflict {@code payout_not_batched} */
    public Payout apply(Payout payout, String bankReference) {
      return this == PAID ? payout.markPaid(bankReference) : payout.markFailed(bankReference);
    }

    /** PAID or FAILED, in any case; anything else is empty. */
    public static Optional<Outcome> parse(String text) {
      String upper = text.toUpperCase(Locale.ROOT);
      for (Outcome o : values()) {
        if (o.name().equals(upper)) {
          return Optional.of(o);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One answer as the bank sent it; {@code payoutId} or {@code outcome} is null when that cell
   * was unreadable (already reported).
   *
   * @param index the answer's position, from 0
   */
  public record Answer(int index, UUID payoutId, Outcome outcome, String bankReference) {}

  /**
   * The bank's reference of one answer: a paid transfer needs it, and it is at most {@value
   * #MAX_REFERENCE} characters.
   *
   * @param field where to report, such as {@code rows[3].bank_reference}
   */
  public static void checkReference(String field, Outcome outcome, String reference, Violations violations) {
    if (outcome == Outcome.PAID && reference.isEmpty()) {
      violations.add(field, PayoutError.BANK_REFERENCE_REQUIRED);
    }
    if (reference.length() > MAX_REFERENCE) {
      violations.add(field, PayoutError.BANK_REFERENCE_TOO_LONG, "At most " + MAX_REFERENCE + " characters.");
    }
  }

  /** @throws Conflict {@code batch_already_reconciled} unless the batch still takes answers */
  public static void requireOpen(BatchStatus status) {
    if (!status.takesAnswers()) {
      throw new Conflict(PayoutError.BATCH_ALREADY_RECONCILED);
    }
  }

  /**
   * Checks the answers against the batch, adding to what reading them found, and refuses the
   * whole file if anything is wrong: each payout once, known, in this batch and not yet answered.
   *
   * @param inBatch the payouts of the batch
   * @param answered those of them the bank already answered
   * @param existing which of the named payouts exist at all
   * @param violations what reading the file found, reported together with these
   * @throws Invalid {@code reconciliation_rejected} with every error, {@code rows[i].…}
   */
  public static void check(Set<UUID> inBatch, Set<UUID> answered, List<Answer> answers, Set<UUID> existing,
      Violations violations) {
    Set<UUID> seen = new HashSet<>();
    for (Answer answer : answers) {
      UUID id = answer.payoutId();
      if (id == null) {
        continue;
      }
      String at = "rows[" + answer.index() + "].payout_id";
      if (!seen.add(id)) {
        violations.add(at, PayoutError.PAYOUT_DUPLICATE);
      } else if (!existing.contains(id)) {
        violations.add(at, PayoutError.PAYOUT_UNKNOWN);
      } else if (!inBatch.contains(id)) {
        violations.add(at, PayoutError.PAYOUT_NOT_IN_BATCH);
      } else if (answered.contains(id)) {
        violations.add(at, PayoutError.PAYOUT_ALREADY_RECONCILED);
      }
    }
    if (!violations.isEmpty()) {
      throw new Invalid(PayoutError.RECONCILIATION_REJECTED, "Nothing was applied: some rows are wrong.", violations.errors());
    }
  }

  /**
   * The claim, PAID, when its PAID payouts cover its whole cash entitlement; until then it stays
   * VERIFIED (empty), so what is left can still be paid out and a failed transfer retried.
   */
  public static Optional<Claim> paidOff(Claim claim, Entitlement entitlement, Rupiah paid, Instant now) {
    if (claim.status() != ClaimStatus.VERIFIED || entitlement.total().isGreaterThan(paid)) {
      return Optional.empty();
    }
    return Optional.of(claim.markPaid(now));
  }
}
