package id.ngopeni.persistence.coverage;

/** A pricing group and what one of its members costs a month (priced by the domain), in rupiah. */
public record PricedGroup(PricingGroup group, long each) {}
