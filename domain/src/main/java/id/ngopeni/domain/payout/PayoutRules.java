package id.ngopeni.domain.payout;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.bank.BankAccount;
import id.ngopeni.domain.bank.TransferLimit;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.Entitlement;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRules;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creating a payout (the maker's half of maker–checker). The use case must hold the claim row
 * locked ({@code SELECT … FOR UPDATE}) from reading {@code existing} until the new payout is
 * inserted; otherwise two makers could each see the same amount left.
 */
public final class PayoutRules {
  private PayoutRules() {}

  /** The entitlement minus every payout that still holds a share of it (see {@link PayoutStatus#holdsEntitlement()}). */
  public static Rupiah remaining(Entitlement entitlement, List<Payout> existing) {
    Rupiah held =
        existing.stream()
            .filter(p -> p.status().holdsEntitlement())
            .map(Payout::amount)
            .reduce(Rupiah.ZERO, Rupiah::plus);
    return entitlement.total().minus(held);
  }

  /**
   * A new PENDING_APPROVAL payout, after every check:
   *
   * <ol>
   *   <li>the claim is VERIFIED, else {@link Conflict} {@code claim_not_verified};
   *   <li>the fields: {@code heirId} ({@code heir_required}), bank and account (see {@link
   *       BankAccount#parse}), {@code amount} > 0 ({@code amount_not_positive}), all reported
   *       together as {@link Invalid} {@code validation_failed};
   *   <li>the heir is registered ({@code heir_not_registered}) and of the highest priority
   *       registered ({@link Conflict} {@code heir_not_highest_priority});
   *   <li>something is left ({@link Conflict} {@code entitlement_exhausted}) and the amount does
   *       not exceed it ({@link Invalid} {@code amount_exceeds_entitlement});
   *   <li>the amount fits one BI-FAST transfer ({@link Invalid} {@code
   *       amount_exceeds_transfer_limit}). We refuse rather than split: each payout is one
   *       transfer a checker approves as such. Without an amount, the default is what is left,
   *       capped at the limit, so repeating the request splits a large entitlement by itself.
   * </ol>
   *
   * @param existing every payout of this claim so far, in any status
   * @param registered the worker's heirs as registered now
   */
  public static Payout create(
      PayoutRequest request,
      Claim claim,
      Entitlement entitlement,
      List<Payout> existing,
      List<Heir> registered,
      UUID createdBy,
      Instant now) {
    if (existing.stream().anyMatch(p -> !p.claimId().equals(claim.id()))) {
      throw new IllegalArgumentException("existing payouts must belong to the claim");
    }
    if (claim.status() != ClaimStatus.VERIFIED) {
      throw new Conflict(
          PayoutError.CLAIM_NOT_VERIFIED, "Payouts can only be made for a verified claim. It is " + claim.status() + ".");
    }
    Violations violations = new Violations();
    if (request.heirId() == null) {
      violations.add("heirId", PayoutError.HEIR_REQUIRED);
    }
    Optional<BankAccount> account =
        BankAccount.parse(
            request.bankCode(), request.accountNumber(), request.accountName(), violations);
    if (request.amount() != null && request.amount().compareTo(Rupiah.ZERO) <= 0) {
      violations.add("amount", PayoutError.AMOUNT_NOT_POSITIVE);
    }
    violations.throwIfAny();

    Heir beneficiary = HeirRules.find(request.heirId(), registered);
    HeirRules.checkBeneficiary(beneficiary, registered);

    Rupiah amount = amount(request.amount(), remaining(entitlement, existing));
    return new Payout(Ids.newId(), claim.id(), beneficiary.id(), account.orElseThrow(), amount,
        PayoutStatus.PENDING_APPROVAL, createdBy, now, null, null, null, null, null, 0);
  }

  private static Rupiah amount(Rupiah requested, Rupiah left) {
    if (left.compareTo(Rupiah.ZERO) <= 0) {
      throw new Conflict(
          PayoutError.ENTITLEMENT_EXHAUSTED);
    }
    if (requested == null) {
      return left.min(TransferLimit.BI_FAST_MAX);
    }
    if (requested.isGreaterThan(left)) {
      throw amountRefused(
          PayoutError.AMOUNT_EXCEEDS_ENTITLEMENT, "The amount is more than what is left of the entitlement, " + left + ".");
    }
    if (requested.isGreaterThan(TransferLimit.BI_FAST_MAX)) {
      throw amountRefused(
          PayoutError.AMOUNT_EXCEEDS_TRANSFER_LIMIT,
          "At most " + TransferLimit.BI_FAST_MAX + " per BI-FAST transfer; make several payouts.");
    }
    return requested;
  }

  private static Invalid amountRefused(ErrorCode code, String message) {
    return new Invalid(code, message, List.of(new FieldError("amount", code, message)));
  }
}
