package id.ngopeni.domain.tariff;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every tariff there is, immutable. No two tariffs for the same programme and source share a
 * day, so the tariff in force for a month is never ambiguous; the constructor refuses a list
 * that breaks this.
 */
public final class TariffBook {
  private final List<Tariff> tariffs;

  public TariffBook(List<Tariff> tariffs) {
    this.tariffs = List.copyOf(tariffs);
    for (int i = 0; i < this.tariffs.size(); i++) {
      for (int j = i + 1; j < this.tariffs.size(); j++) {
        if (this.tariffs.get(i).overlaps(this.tariffs.get(j))) {
          throw new Invalid(List.of(overlapError()));
        }
      }
    }
  }

  /** The seed of a fresh installation: {@link DefaultTariffs#SEED}. */
  public static TariffBook defaults() {
    return new TariffBook(DefaultTariffs.SEED);
  }

  public List<Tariff> tariffs() {
    return tariffs;
  }

  /** {@link #inForce(Program, FundingSource, Sector, YearMonth)} in the {@link Sector#DEFAULT} sector. */
  public Tariff inForce(Program program, FundingSource source, YearMonth month) {
    return inForce(program, source, Sector.DEFAULT, month);
  }

  /**
   * The tariff for this programme, paid by this source for a participant of this sector, in
   * force on the first day of the month; the most specific one wins ({@link
   * Tariff#specificity}).
   *
   * @throws Conflict {@code tariff_missing} when none applies: enrolment and invoicing must stop
   *     until an admin records the tariff, rather than bill Rp0.
   */
  public Tariff inForce(Program program, FundingSource source, Sector sector, YearMonth month) {
    return find(program, source, sector, month)
        .orElseThrow(
            () ->
                new Conflict(
                    MoneyError.TARIFF_MISSING,
                    "No " + program + " tariff is in force for " + month + ".",
                    Map.of(
                        "program", program.name(),
                        "fundingSource", String.valueOf(source),
                        "sector", String.valueOf(sector),
                        "month", month.toString())));
  }

  public Optional<Tariff> find(Program program, FundingSource source, YearMonth month) {
    return find(program, source, Sector.DEFAULT, month);
  }

  public Optional<Tariff> find(Program program, FundingSource source, Sector sector, YearMonth month) {
    Tariff best = null;
    for (Tariff t : tariffs) {
      if (t.program() != program || !t.isInForceIn(month) || !t.appliesTo(source, sector)) {
        continue;
      }
      if (best == null || t.specificity() > best.specificity()) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every error in a tariff about to be added: its own, and an overlap with this book. */
  public List<FieldError> validate(Tariff candidate) {
    List<FieldError> errors = new ArrayList<>(candidate.validate());
    if (tariffs.stream().anyMatch(candidate::overlaps)) {
      errors.add(overlapError());
    }
    return errors;
  }

  /**
   * Refuses a tariff that cannot be added: {@code tariff_overlap} when it overlaps one in this
   * book (with every other error besides), else {@code validation_failed} with its own errors.
   */
  public void checkAddable(Tariff candidate) {
    List<FieldError> errors = validate(candidate);
    if (errors.isEmpty()) {
      return;
    }
    boolean overlap = errors.stream().anyMatch(e -> e.errorCode() == MoneyError.TARIFF_OVERLAP);
    throw overlap
        ? new Invalid(MoneyError.TARIFF_OVERLAP, "Another tariff covers part of this period.", errors)
        : new Invalid(errors);
  }

  /** A new book with the tariff added, or {@link Invalid} with every error. */
  public TariffBook with(Tariff candidate) {
    List<FieldError> errors = validate(candidate);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    List<Tariff> more = new ArrayList<>(tariffs);
    more.add(candidate);
    return new TariffBook(more);
  }

  private static FieldError overlapError() {
    return new FieldError(
        "validFrom",
        MoneyError.TARIFF_OVERLAP);
  }
}
