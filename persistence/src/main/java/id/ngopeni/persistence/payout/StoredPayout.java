package id.ngopeni.persistence.payout;

import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.payout.Payout;

/**
 * A payout with the beneficiary as registered when it was made (heir lists are replaced whole)
 * and the name of the worker whose claim it pays, as registered now.
 */
public record StoredPayout(Payout payout, String heirName, HeirRelationship heirRelationship, String workerName) {}
