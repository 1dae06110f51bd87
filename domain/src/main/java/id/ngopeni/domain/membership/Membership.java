package id.ngopeni.domain.membership;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A worker's enrolment in BPJS Ketenagakerjaan, paid by one funding source.
 *
 * <p>Cover runs from {@code startDate} to {@code endDate}, both inclusive; {@code endDate} is
 * null exactly while the status is {@link MembershipStatus#ACTIVE}. The dates, not the status,
 * decide cover and billing: an ENDED membership whose end date is next week still covers (and
 * is billed for) this month.
 *
 * <p><b>Billing rule</b>: a membership is billed the whole premium for every calendar month
 * (Asia/Jakarta) on any day of which it is active — see {@link #isBilledFor}. BPU
 * contributions are monthly and paid in advance with no pro-rating, and a day of cover that
 * nobody paid for turns into a refused claim; so the first and the last month are billed in
 * full. Committed budget and monthly invoices both use this one rule.
 *
 * <p>{@code sector} is BPJS's sector of the participant's work ({@link Sector}): with the funding
 * source it picks the tariff (PP 50/2025 relieves the transport sector for longer than the
 * others, and neither when paid through the APBD).
 *
 * <p>{@code version} is the optimistic-lock counter: every state change returns the record
 * with {@code version + 1}, and persistence writes it only where the stored version is still
 * the old one.
 */
public record Membership(
    UUID id,
    UUID workerId,
    Set<Program> programs,
    Rupiah declaredIncome,
    FundingSource fundingSource,
    Sector sector,
    LocalDate startDate,
    LocalDate endDate,
    String endReason,
    MembershipStatus status,
    long version) {

  public Membership {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workerId, "workerId");
    programs = Set.copyOf(programs);
    Objects.requireNonNull(declaredIncome, "declaredIncome");
    Objects.requireNonNull(fundingSource, "fundingSource");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(status, "status");
    if ((status == MembershipStatus.ACTIVE) != (endDate == null)) {
      throw new IllegalArgumentException("an end date goes with, and only with, an ended status");
    }
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("end date before start date");
    }
  }

  /** A membership of the {@link Sector#DEFAULT} sector (recorded before sectors existed). */
  public Membership(
      UUID id,
      UUID workerId,
      Set<Program> programs,
      Rupiah declaredIncome,
      FundingSource fundingSource,
      LocalDate startDate,
      LocalDate endDate,
      String endReason,
      MembershipStatus status,
      long version) {
    this(id, workerId, programs, declaredIncome, fundingSource, Sector.DEFAULT, startDate, endDate,
        endReason, status, version);
  }

  /**
   * A new active membership from a request that {@link MembershipPolicy#check} has accepted.
   */
  public static Membership enrol(UUID id, UUID workerId, MembershipRequest request) {
    return new Membership(
        id,
        workerId,
        request.programs(),
        request.declaredIncome(),
        request.fundingSource(),
        request.sector() == null ? Sector.DEFAULT : request.sector(),
        request.startDate(),
        null,
        null,
        MembershipStatus.ACTIVE,
        0);
  }

  /**
   * Ends the membership; {@code endDate} is the last day covered and may lie in the future.
   *
   * @throws Conflict {@code membership_not_active} unless the membership is ACTIVE
   * @throws id.ngopeni.domain.problem.Invalid when the end date is missing or before the start
   *     date ({@code end_before_start}), or the reason is blank
   */
  public Membership end(LocalDate endDate, String reason) {
    requireActive();
    Violations v = new Violations();
    if (endDate == null) {
      v.add("endDate", HttpError.REQUIRED);
    } else if (endDate.isBefore(startDate)) {
      v.add("endDate", MoneyError.END_BEFORE_START);
    }
    if (reason == null || reason.isBlank()) {
      v.add("reason", HttpError.REQUIRED);
    }
    v.throwIfAny();
    return closed(endDate, reason.strip(), MembershipStatus.ENDED);
  }

  /**
   * The membership in another sector, from the next version on. The sector decides the price
   * (PP 50/2025 relieves the transport sector for longer), so it is changed only while the
   * membership is ACTIVE; months already invoiced keep the price they were invoiced at.
   *
   * @throws Conflict {@code membership_not_active} unless the membership is ACTIVE
   */
  public Membership inSector(Sector newSector) {
    Objects.requireNonNull(newSector, "sector");
    requireActive();
    return new Membership(id, workerId, programs, declaredIncome, fundingSource, newSector,
        startDate, endDate, endReason, status, version + 1);
  }

  /**
   * Deactivates the membership for arrears, covering up to {@code lastCoveredDay} (the end of
   * the last paid month). See {@link MembershipPolicy#shouldLapse}.
   */
  public Membership lapse(LocalDate lastCoveredDay) {
    requireActive();
    // A membership whose first month went unpaid was never covered: it ends the day it began.
    LocalDate last = lastCoveredDay.isBefore(startDate) ? startDate : lastCoveredDay;
    return closed(last, "unpaid contributions", MembershipStatus.LAPSED);
  }

  /** {@link MembershipPolicy#shouldLapse} under the default policy (3 unpaid invoices). */
  public boolean shouldLapse(int consecutiveUnpaidInvoices) {
    return MembershipPolicy.DEFAULT.shouldLapse(this, consecutiveUnpaidInvoices);
  }

  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
  }

  /** The billing rule: active on at least one day of the month. */
  public boolean isBilledFor(YearMonth month) {
    return !month.atEndOfMonth().isBefore(startDate)
        && (endDate == null || !endDate.isBefore(month.atDay(1)));
  }

  /** The months of {@code year} this membership is billed for, in order. */
  public List<YearMonth> activeMonths(Year year) {
    return billedMonths(year.atMonth(Month.JANUARY), year.atMonth(Month.DECEMBER));
  }

  /** The months from {@code first} to {@code last} (inclusive) this membership is billed for. */
  public List<YearMonth> billedMonths(YearMonth first, YearMonth last) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      if (isBilledFor(m)) {
        months.add(m);
      }
    }
    return months;
  }

  private void requireActive() {
    if (status != MembershipStatus.ACTIVE) {
      throw new Conflict(
          MoneyError.MEMBERSHIP_NOT_ACTIVE,
          "The membership is already " + status + ".",
          Map.of("status", status.name()));
    }
  }

  private Membership closed(LocalDate last, String reason, MembershipStatus newStatus) {
    return new Membership(
        id,
        workerId,
        programs,
        declaredIncome,
        fundingSource,
        sector,
        startDate,
        last,
        reason,
        newStatus,
        version + 1);
  }
}
