package id.ngopeni.domain.tariff;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.ReliefError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.FieldError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One programme's contribution over a period, for every funding source or for one.
 *
 * <p>Rates change by regulation (PP 44/2015, PP 82/2019, PP 49/2023, PP 50/2025), so a tariff
 * is effective-dated: {@code validFrom} and {@code validTo} are both <b>inclusive</b> — the
 * first and the last day it applies, the way a regulation says "berlaku sampai dengan";
 * {@code validTo} null means open-ended. Contributions are billed per calendar month at the
 * tariff in force on the month's first day, so {@link #validate()} asks for periods made of
 * whole months: a tariff starting on the 15th would silently apply only from the next month.
 *
 * <p>{@code fundingSource} null means the tariff applies to every source, {@code sector} null to
 * every sector; the most specific tariff in force wins (see {@link TariffBook#find}). PP 50/2025
 * halves JKK+JKM for BPU participants not paid through APBN/APBD, for a period that depends on
 * the sector: {@link ContributionRelief} records it as tariffs per source and sector.
 *
 * <p>{@code discountPercent} (0–99) takes that share off what the contribution reckons, rounded
 * so that the amount to pay is rounded half up: PP 50/2025 Pasal 4(1) sets the relieved
 * contribution at 50 % of the contribution that would otherwise be due, not at a new rate.
 */
public record Tariff(
    Program program,
    LocalDate validFrom,
    LocalDate validTo,
    FundingSource fundingSource,
    Sector sector,
    Contribution contribution,
    int discountPercent) {

  /** The highest discount a tariff may carry: a contribution is never waived whole. */
  public static final int MAX_DISCOUNT = 99;

  public Tariff {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(contribution, "contribution");
  }

  /** A tariff for every sector, without discount. */
  public Tariff(
      Program program,
      LocalDate validFrom,
      LocalDate validTo,
      FundingSource fundingSource,
      Contribution contribution) {
    this(program, validFrom, validTo, fundingSource, null, contribution, 0);
  }

  /** The contribution for one month at this declared income, less the discount. */
  public Rupiah monthlyFor(Rupiah declaredIncome) {
    Rupiah full = contribution.monthlyFor(declaredIncome);
    return discountPercent == 0 ? full : full.percent((100L - discountPercent) * 100L);
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** In force for a month when valid on its first day: the billing rule for tariffs. */
  public boolean isInForceIn(YearMonth month) {
    return isValidOn(month.atDay(1));
  }

  public boolean appliesTo(FundingSource source) {
    return fundingSource == null || fundingSource == source;
  }

  public boolean appliesTo(FundingSource source, Sector participantSector) {
    return appliesTo(source) && (sector == null || sector == participantSector);
  }

  /**
   * How specific the tariff is: one for every source and sector 0, for a sector 1, for a source
   * 2, for both 3. Of the tariffs that apply, the most specific wins; two that apply and tie
   * name the same source and sector, so they cannot both be in force ({@link #overlaps}).
   */
  public int specificity() {
    return (fundingSource == null ? 0 : 2) + (sector == null ? 0 : 1);
  }

  /** Same programme, source and sector (generic counts as a value) and a shared day. */
  public boolean overlaps(Tariff other) {
    return program == other.program
        && fundingSource == other.fundingSource
        && sector == other.sector
        && !validFrom.isAfter(lastDayOrMax(other))
        && !other.validFrom.isAfter(lastDayOrMax(this));
  }

  private static LocalDate lastDayOrMax(Tariff t) {
    return t.validTo == null ? LocalDate.MAX : t.validTo;
  }

  /** Errors in this tariff on its own; {@link TariffBook#validate} adds overlaps. */
  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (validFrom.getDayOfMonth() != 1) {
      errors.add(
          new FieldError("validFrom", MoneyError.NOT_MONTH_START));
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      errors.add(
          new FieldError("validTo", MoneyError.BEFORE_VALID_FROM));
    } else if (validTo != null && !validTo.equals(YearMonth.from(validTo).atEndOfMonth())) {
      errors.add(
          new FieldError("validTo", MoneyError.NOT_MONTH_END));
    }
    errors.addAll(discountErrors(discountPercent));
    errors.addAll(contribution.validate());
    return errors;
  }

  /** A discount is a whole percentage from 0 to {@link #MAX_DISCOUNT}. */
  public static List<FieldError> discountErrors(int discountPercent) {
    if (discountPercent < 0) {
      return List.of(new FieldError("discountPercent", HttpError.NEGATIVE));
    }
    return discountPercent > MAX_DISCOUNT
        ? List.of(new FieldError("discountPercent", ReliefError.DISCOUNT_TOO_HIGH))
        : List.of();
  }
}
