package id.ngopeni.persistence.invoice;

/**
 * The domain's premium for one (programmes, declared income, sector) group in one month and source,
 * bound as parallel arrays so lines are written by one INSERT … SELECT.
 */
public record PriceRow(String programs, long declaredIncome, String sector, long jkk, long jkm, long jht) {}
