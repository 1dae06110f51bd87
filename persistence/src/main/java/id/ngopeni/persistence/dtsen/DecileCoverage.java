package id.ngopeni.persistence.dtsen;

/** Registered workers of one decile (null: not in any extract) and how many have an active membership. */
public record DecileCoverage(Integer decile, long workers, long covered) {}
