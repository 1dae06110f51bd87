package id.ngopeni.persistence.payout;

import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.payout.Payout;
import java.util.UUID;

/**
 * A payout with the beneficiary as registered when it was made (heir lists are replaced whole)
 * and the worker whose santunan (or, history only, claim) it pays, by their name as registered now.
 *
 * @param number its number for people, {@code BYR-2026-000045} (V53)
 * @param heirRelationship {@code null} when the beneficiary is the worker (a work-accident santunan)
 */
public record StoredPayout(Payout payout, String heirName, HeirRelationship heirRelationship, UUID workerId,
    String workerName, String number) {}
