package id.ngopeni.persistence.invoice;

import java.time.YearMonth;

/** One month's premium invoices summed: how many, their lines and totals, and what is still unpaid. */
public record InvoiceMonth(YearMonth period, int invoices, long lineCount, long total, int unpaid, long unpaidTotal) {}
