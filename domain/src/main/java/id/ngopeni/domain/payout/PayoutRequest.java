package id.ngopeni.domain.payout;

import id.ngopeni.domain.money.Rupiah;
import java.util.UUID;

/**
 * A maker's request for a payout ({@code POST /claims/{id}/payouts}), unchecked.
 *
 * @param amount {@code null} for "what is left of the entitlement" (capped per transfer)
 */
public record PayoutRequest(
    UUID heirId, String bankCode, String accountNumber, String accountName, Rupiah amount) {}
