package id.ngopeni.domain.payout;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.bank.BankAccount;
import id.ngopeni.domain.bank.TransferLimit;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRules;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.SantunanError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creating a payout of a city santunan (the maker's half of maker–checker). Payouts are made only
 * from a santunan entitlement: no statutory BPJS benefit is ever paid from the city's money. The
 * use case must hold the programme row locked ({@code SELECT … FOR UPDATE}) from reading what is
 * committed until the new payout is inserted; otherwise two makers could each see the same
 * budget or entitlement left.
 */
public final class PayoutRules {
  private PayoutRules() {}

  /** What the payouts that still hold money (see {@link PayoutStatus#holdsEntitlement()}) hold in all. */
  public static Rupiah held(List<Payout> payouts) {
    return payouts.stream().filter(p -> p.status().holdsEntitlement()).map(Payout::amount)
        .reduce(Rupiah.ZERO, Rupiah::plus);
  }

  /** The entitlement's amount minus every payout of it that still holds a share. */
  public static Rupiah remaining(SantunanEntitlement entitlement, List<Payout> existing) {
    return entitlement.amount().minus(held(existing));
  }

  /**
   * A new PENDING_APPROVAL payout, after every check:
   *
   * <ol>
   *   <li>the fields: the beneficiary (for a death an {@code heirId}, {@code heir_required}; for a
   *       work accident the worker, so no {@code heirId}, {@code beneficiary_is_worker}), bank and
   *       account (see {@link BankAccount#parse}), {@code amount} > 0, all reported together;
   *   <li>a death's heir is registered and of the highest priority registered;
   *   <li>something is left ({@link Conflict} {@code entitlement_exhausted}) and the amount does
   *       not exceed it ({@code amount_exceeds_entitlement}) nor one BI-FAST transfer;
   *   <li>the programme's budget carries it: {@code committed} (every payout of the programme
   *       still holding money) plus the amount stays within the ceiling, else {@link Invalid}
   *       {@code santunan_budget_exceeded} on {@code amount}.
   * </ol>
   *
   * @param existing every payout of this entitlement so far, in any status
   * @param registered the worker's heirs as registered now
   */
  public static Payout create(PayoutRequest request, SantunanEntitlement entitlement, List<Payout> existing,
      List<Heir> registered, Rupiah ceiling, Rupiah committed, UUID createdBy, Instant now) {
    if (existing.stream().anyMatch(p -> !entitlement.id().equals(p.entitlementId()))) {
      throw new IllegalArgumentException("existing payouts must belong to the entitlement");
    }
    Violations violations = new Violations();
    boolean heirs = entitlement.kind().paysHeirs();
    if (heirs && request.heirId() == null) {
      violations.add("heirId", PayoutError.HEIR_REQUIRED);
    }
    if (!heirs && request.heirId() != null && !request.heirId().equals(entitlement.workerId())) {
      violations.add("heirId", SantunanError.BENEFICIARY_IS_WORKER);
    }
    Optional<BankAccount> account =
        BankAccount.parse(request.bankCode(), request.accountNumber(), request.accountName(), violations);
    if (request.amount() != null && request.amount().compareTo(Rupiah.ZERO) <= 0) {
      violations.add("amount", PayoutError.AMOUNT_NOT_POSITIVE);
    }
    violations.throwIfAny();

    UUID beneficiary = entitlement.workerId();
    if (heirs) {
      Heir heir = HeirRules.find(request.heirId(), registered);
      HeirRules.checkBeneficiary(heir, registered);
      beneficiary = heir.id();
    }
    Rupiah amount = amount(request.amount(), remaining(entitlement, existing));
    Rupiah budgetLeft = ceiling.minus(committed);
    if (amount.isGreaterThan(budgetLeft)) {
      throw amountRefused(SantunanError.SANTUNAN_BUDGET_EXCEEDED,
          "The programme's budget has " + budgetLeft.max(Rupiah.ZERO) + " left; this payout needs " + amount + ".");
    }
    return new Payout(Ids.newId(), null, entitlement.id(), beneficiary, account.orElseThrow(), amount,
        PayoutStatus.PENDING_APPROVAL, createdBy, now, null, null, null, null, null, 0);
  }

  private static Rupiah amount(Rupiah requested, Rupiah left) {
    if (left.compareTo(Rupiah.ZERO) <= 0) {
      throw new Conflict(PayoutError.ENTITLEMENT_EXHAUSTED);
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
