package id.ngopeni.domain.tariff;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.FieldError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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
 * <p>{@code fundingSource} null means the tariff applies to every source; a tariff for one
 * source beats the generic one (PP 50/2025 halves JKK+JKM for BPU participants not paid from
 * APBN/APBD).
 */
public record Tariff(
    Program program,
    LocalDate validFrom,
    LocalDate validTo,
    FundingSource fundingSource,
    Contribution contribution) {

  public Tariff {
    Components.requireNonNull("program validFrom contribution", program, validFrom, contribution);
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

  /** Same programme and same source (both generic counts as same) and a shared day. */
  public boolean overlaps(Tariff other) {
    return program == other.program
        && fundingSource == other.fundingSource
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
    errors.addAll(contribution.validate());
    return errors;
  }
}
