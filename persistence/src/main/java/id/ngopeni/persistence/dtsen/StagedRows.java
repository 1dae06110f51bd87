package id.ngopeni.persistence.dtsen;

/**
 * A batch of an extract's rows on their way to the staging table: parallel arrays, of which the
 * first {@code size} entries count (the arrays are reused from batch to batch).
 */
public record StagedRows(Integer[] rowNumbers, String[] niks, Short[] deciles, int size) {}
