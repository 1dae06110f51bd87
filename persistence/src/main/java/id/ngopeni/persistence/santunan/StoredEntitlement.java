package id.ngopeni.persistence.santunan;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import java.util.UUID;

/**
 * A santunan entitlement as the API shows it: with its programme's name, the worker's name and
 * area (for scope checks), the event's claim reference and proof, and what its payouts hold and
 * what of that is PAID.
 */
public record StoredEntitlement(
    SantunanEntitlement entitlement,
    String programmeName,
    String workerName,
    String kelurahanCode,
    UUID claimId,
    String proofNote,
    Rupiah held,
    Rupiah paid) {}
