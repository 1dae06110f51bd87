package id.ngopeni.persistence.invoice;

import id.ngopeni.domain.membership.FundingSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** A premium invoice header: one month, one funding source. */
public record StoredInvoice(
    UUID id,
    YearMonth period,
    FundingSource fundingSource,
    String status,
    long total,
    int lineCount,
    LocalDate paidOn,
    String paymentReference,
    int version,
    Instant createdAt) {}
