package id.ngopeni.domain.payout;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The bank's answers to a disbursement batch, applied every one or none, recorded by somebody
 * who made none of its transfers ({@link #checkReconciler}), and matched to the transfers by
 * reference and amount ({@link #match}). Each answer moves its
 * payout by {@link Payout#markPaid} or {@link Payout#markFailed}, and the batch RECONCILED once
 * every transfer in it has an answer. No claim is ever marked paid here: BPJS pays the statutory
 * benefit itself; the city's payouts pay santunan entitlements only.
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
   * One answer, matched to its payout: the payout the row's transfer reference (and amount)
   * named in this batch.
   *
   * @param index the answer's position, from 0
   */
  public record Answer(int index, UUID payoutId, Outcome outcome, String bankReference) {}

  /**
   * One row as the bank sent it; a cell left unreadable (already reported) is null.
   *
   * @param payoutId the optional {@code payout_id} column; null when absent or empty
   * @param transferReference the reference the transfer file gave the transfer
   * @param amount the amount the bank says it moved
   */
  public record Row(int index, UUID payoutId, String transferReference, Long amount, Outcome outcome, String bankReference) {}

  /** What the batch sent under one transfer reference: to which payout, how much, and whether the bank already answered. */
  public record Sent(UUID payoutId, long amount, boolean answered) {}

  /**
   * Four eyes on the bank's answer: whoever records it is neither the batch's creator nor the
   * maker of any of its payouts, so that nobody alone can both make a transfer and declare what
   * the bank did with it (mark it FAILED, say, to send it again).
   *
   * @throws Forbidden {@code reconciler_is_maker}
   */
  public static void checkReconciler(UUID reconciler, UUID batchCreator, Set<UUID> makers) {
    if (reconciler.equals(batchCreator) || makers.contains(reconciler)) {
      throw new Forbidden(PayoutError.RECONCILER_IS_MAKER);
    }
  }

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
   * Matches the rows to the batch's transfers, adding to what reading them found, and refuses
   * the whole file if anything is wrong. A row is matched by its transfer reference AND its
   * amount, never by an id alone: the reference must be one this batch sent, the amount the one
   * sent under it, each reference once and not yet answered, and a {@code payout_id}, when
   * given, the reference's payout.
   *
   * @param sent the batch's transfers by transfer reference
   * @param violations what reading the file found, reported together with these
   * @return the answers, in the file's order
   * @throws Invalid {@code reconciliation_rejected} with every error, {@code rows[i].…}
   */
  public static List<Answer> match(Map<String, Sent> sent, List<Row> rows, Violations violations) {
    Set<String> seen = new HashSet<>();
    List<Answer> answers = new ArrayList<>();
    for (Row row : rows) {
      String at = "rows[" + row.index() + "].";
      Sent transfer = row.transferReference() == null ? null : sent.get(row.transferReference());
      if (row.transferReference() == null) {
        continue;
      } else if (transfer == null) {
        violations.add(at + "transfer_reference", PayoutError.TRANSFER_REFERENCE_UNKNOWN);
      } else if (!seen.add(row.transferReference())) {
        violations.add(at + "transfer_reference", PayoutError.PAYOUT_DUPLICATE);
      } else if (transfer.answered()) {
        violations.add(at + "transfer_reference", PayoutError.PAYOUT_ALREADY_RECONCILED);
      } else {
        if (row.amount() != null && row.amount() != transfer.amount()) {
          violations.add(at + "amount", PayoutError.AMOUNT_MISMATCH);
        }
        if (row.payoutId() != null && !row.payoutId().equals(transfer.payoutId())) {
          violations.add(at + "payout_id", PayoutError.PAYOUT_REFERENCE_MISMATCH);
        }
        answers.add(new Answer(row.index(), transfer.payoutId(), row.outcome(), row.bankReference()));
      }
    }
    if (!violations.isEmpty()) {
      throw new Invalid(PayoutError.RECONCILIATION_REJECTED, "Nothing was applied: some rows are wrong.", violations.errors());
    }
    return answers;
  }
}
