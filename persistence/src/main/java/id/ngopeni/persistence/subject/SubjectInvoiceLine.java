package id.ngopeni.persistence.subject;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of a monthly premium invoice that names a person, as it was snapshotted when the invoice
 * was made (the name, area and category of that day): for their report.
 *
 * @param invoiceStatus UNPAID or PAID
 */
public record SubjectInvoiceLine(LocalDate period, String fundingSource, String invoiceStatus, String fullName,
    String kelurahanCode, String category, List<String> programs, long declaredIncome, long amount) {}
