package id.ngopeni.domain.tariff;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;

/**
 * A new tariff as an admin asks for it, every field possibly missing. A contribution is either
 * a rate (with optional bounds) or a flat amount, never both and never neither.
 */
public record TariffRequest(
    Program program,
    LocalDate validFrom,
    LocalDate validTo,
    FundingSource fundingSource,
    Long rateBasisPoints,
    Long minimum,
    Long maximum,
    Long flatAmount,
    Sector sector,
    Long discountPercent) {

  /** A request for every sector, without discount. */
  public TariffRequest(Program program, LocalDate validFrom, LocalDate validTo, FundingSource fundingSource,
      Long rateBasisPoints, Long minimum, Long maximum, Long flatAmount) {
    this(program, validFrom, validTo, fundingSource, rateBasisPoints, minimum, maximum, flatAmount, null, null);
  }

  /**
   * The tariff, or {@link Invalid} with every field error at once: those already in {@code
   * violations} (fields that could not be read), the rate-or-flat rules, and the tariff's own
   * ({@link Tariff#validate}: whole months, bounds).
   */
  public Tariff toTariff(Violations violations) {
    if ((rateBasisPoints == null) == (flatAmount == null)
        && !violations.has("rateBasisPoints")
        && !violations.has("flatAmount")) {
      violations.add(
          "rateBasisPoints", MoneyError.RATE_OR_FLAT);
    }
    if (flatAmount != null && (minimum != null || maximum != null)) {
      violations.add("minimum", MoneyError.NOT_FOR_FLAT);
    }
    Contribution contribution =
        rateBasisPoints != null
            ? new Contribution.Rate(
                rateBasisPoints,
                minimum == null ? null : Rupiah.of(minimum),
                maximum == null ? null : Rupiah.of(maximum))
            : new Contribution.Flat(Rupiah.of(flatAmount == null ? 0 : flatAmount));
    int discount = discountPercent == null ? 0
        : (int) Math.max(-1, Math.min(Tariff.MAX_DISCOUNT + 1L, discountPercent));
    if (program == null || validFrom == null) {
      violations.addAll(contribution.validate()).addAll(Tariff.discountErrors(discount)).throwIfAny();
    }
    Tariff tariff = new Tariff(program, validFrom, validTo, fundingSource, sector, contribution, discount);
    violations.addAll(tariff.validate()).throwIfAny();
    return tariff;
  }
}
