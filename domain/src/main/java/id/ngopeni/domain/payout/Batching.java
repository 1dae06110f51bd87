package id.ngopeni.domain.payout;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which payouts go into a disbursement batch ({@link PayoutTransition#ADD_TO_BATCH}). A batch is
 * made of named payouts, all of them or none, or without names of every approved payout not yet
 * in a batch. A failed transfer is never batched as it is: it is tried again only through
 * {@link PayoutTransition#RETRY} and a new approval. Each transfer in a batch gets a {@link
 * #newTransferReference() transfer reference} by which the bank's answer is matched.
 */
public final class Batching {
  private Batching() {}

  /**
   * The statuses that, with a batch, mean the transfer is out at the bank awaiting its answer
   * (where {@link PayoutTransition#MARK_PAID} and {@link PayoutTransition#MARK_FAILED} start).
   */
  public static Set<PayoutStatus> awaitingBank() {
    Set<PayoutStatus> awaiting = PayoutTransition.MARK_PAID.from();
    awaiting.addAll(PayoutTransition.MARK_FAILED.from());
    return awaiting;
  }

  /** Whether a payout can go into a new batch: the transition starts from its status, and it is not at the bank now. */
  public static boolean batchable(PayoutStatus status, UUID batchId) {
    return PayoutTransition.ADD_TO_BATCH.startsFrom(status) && !(batchId != null && awaitingBank().contains(status));
  }

  /** The statuses a batch without names takes from (with no batch yet): the sources of {@link PayoutTransition#ADD_TO_BATCH}. */
  public static Set<PayoutStatus> unnamedSources() {
    return PayoutTransition.ADD_TO_BATCH.from();
  }

  /** Crockford's base 32: no I, L, O or U, so a reference survives being read aloud or retyped. */
  private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A new transfer reference (berita transfer) for one transfer of a batch: {@code NGP-} and 16
   * random base-32 characters (80 bits), 20 characters in all, so it fits any bank's field and
   * cannot be guessed from the payout's id. It is stored with the batch item; the bank's answer
   * names it.
   */
  public static String newTransferReference() {
    StringBuilder out = new StringBuilder("NGP-");
    for (int i = 0; i < 16; i++) {
      out.append(BASE32[RANDOM.nextInt(BASE32.length)]);
    }
    return out.toString();
  }

  /**
   * The payouts asked for, each once and in the order named; {@code null} (no names) stays null.
   *
   * @throws Invalid {@code payout_ids_empty} for an empty list
   */
  public static List<UUID> requested(List<UUID> payoutIds) {
    if (payoutIds == null) {
      return null;
    }
    if (payoutIds.isEmpty()) {
      throw Invalid.of("payoutIds", PayoutError.PAYOUT_IDS_EMPTY);
    }
    return List.copyOf(new LinkedHashSet<>(payoutIds));
  }

  /**
   * Checks what went into the batch against what was asked for.
   *
   * @param payoutIds the names as sent (with any repeats, for the indexes), or {@code null}
   * @param batched the payouts that could be batched
   * @throws Invalid {@code payoutIds[i]} / {@code payout_not_batchable} for each named payout left out
   * @throws Conflict {@code nothing_to_batch} when nothing could be batched
   */
  public static void check(List<UUID> payoutIds, Set<UUID> batched) {
    if (payoutIds != null) {
      Violations violations = new Violations();
      for (int i = 0; i < payoutIds.size(); i++) {
        if (!batched.contains(payoutIds.get(i))) {
          violations.add("payoutIds[" + i + "]", PayoutError.PAYOUT_NOT_BATCHABLE);
        }
      }
      violations.throwIfAny();
    }
    if (batched.isEmpty()) {
      throw new Conflict(PayoutError.NOTHING_TO_BATCH);
    }
  }
}
