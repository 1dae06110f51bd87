package id.ngopeni.persistence.invoice;

import java.util.UUID;

/**
 * The domain's premium for one (programmes, declared income, sector) group of one source in one
 * month, with the invoice its lines go on; bound as parallel arrays so every line of the month is
 * staged by one query ({@link InvoiceLineSnapshot}).
 */
public record PriceRow(UUID invoiceId, String fundingSource, String programs, long declaredIncome, String sector, long jkk,
    long jkm, long jht) {}
