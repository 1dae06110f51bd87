package id.ngopeni.persistence.bpjs;

import java.time.LocalDate;
import java.util.UUID;

/** A refund due from BPJS (premium paid for a month after a death), with the worker's name, never a NIK. */
public record StoredRefund(UUID id, UUID workerId, String fullName, UUID membershipId, UUID invoiceId,
    String fundingSource, LocalDate period, long amount, String status, LocalDate receivedOn, String reference) {}
