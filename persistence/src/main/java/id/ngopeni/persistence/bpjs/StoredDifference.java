package id.ngopeni.persistence.bpjs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One difference of a reconciliation, with the worker's name (never a NIK) and what was decided. */
public record StoredDifference(UUID id, UUID reconciliationId, LocalDate period, String kind, Integer row,
    UUID workerId, String fullName, UUID membershipId, String fundingSource, long cityAmount, long bpjsAmount,
    String detail, String action, String reason, Long amountToPay, UUID resolvedBy, Instant resolvedAt) {}
