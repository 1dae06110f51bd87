package id.ngopeni.domain.membership;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The enrolment rules whose numbers are not settled law, as parameters rather than constants
 * buried in code (see DOMAIN.md, facts marked unconfirmed).
 *
 * @param lowestIncome least declared monthly income accepted (the bottom bracket of PP 44/2015
 *     Lampiran II; Kota Malang enrols everyone at Rp1.000.000)
 * @param highestIncome greatest declared monthly income accepted (Rp20.700.000: where 1 % JKK
 *     reaches its Rp207.000 cap)
 * @param monthsAhead how far after today a start date may lie. Enrolment is recorded when the
 *     worker is signed up, so one month covers "starts next month"; anything further is
 *     likelier a typo and would commit budget for a promise nobody tracks.
 * @param unpaidInvoicesBeforeLapse consecutive unpaid monthly invoices after which a BPU
 *     membership is deactivated (3, as reported by BPJS officials; unconfirmed in an article)
 */
public record MembershipPolicy(
    Rupiah lowestIncome, Rupiah highestIncome, int monthsAhead, int unpaidInvoicesBeforeLapse) {

  public static final MembershipPolicy DEFAULT =
      new MembershipPolicy(Rupiah.of(1_000_000), Rupiah.of(20_700_000), 1, 3);

  public MembershipPolicy {
    Objects.requireNonNull(lowestIncome, "lowestIncome");
    Objects.requireNonNull(highestIncome, "highestIncome");
    if (lowestIncome.isGreaterThan(highestIncome)
        || monthsAhead < 0
        || unpaidInvoicesBeforeLapse < 1) {
      throw new IllegalArgumentException("inconsistent membership policy");
    }
  }

  /** Every failing field of the request, empty when it may be enrolled. */
  public List<FieldError> validate(MembershipRequest request, LocalDate today) {
    Violations v = new Violations();
    if (request.programs() == null
        || !request.programs().contains(Program.JKK)
        || !request.programs().contains(Program.JKM)) {
      // JKK and JKM are the compulsory pair for BPU participants (PP 44/2015); JHT is optional.
      v.add("programs", MoneyError.PROGRAMS_REQUIRED);
    }
    Rupiah income = request.declaredIncome();
    if (income == null) {
      v.add("declaredIncome", HttpError.REQUIRED);
    } else if (income.compareTo(lowestIncome) < 0 || income.isGreaterThan(highestIncome)) {
      v.add(
          "declaredIncome",
          MoneyError.INCOME_OUT_OF_RANGE,
          "The declared income must lie between " + lowestIncome + " and " + highestIncome + ".");
    }
    if (request.fundingSource() == null) {
      v.add("fundingSource", HttpError.REQUIRED);
    }
    LocalDate start = request.startDate();
    if (start == null) {
      v.add("startDate", HttpError.REQUIRED);
    } else if (start.isAfter(latestStart(today))) {
      v.add(
          "startDate",
          MoneyError.START_TOO_FAR_AHEAD,
          "The start date may lie at most " + monthsAhead + " month(s) ahead.");
    }
    return v.errors();
  }

  /** {@link #validate}, throwing {@link Invalid} with every failing field. */
  public void check(MembershipRequest request, LocalDate today) {
    List<FieldError> errors = validate(request, today);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
  }

  /** The last start date accepted today; past dates are fine (members enrolled before us). */
  public LocalDate latestStart(LocalDate today) {
    return today.plusMonths(monthsAhead);
  }

  /**
   * The last covered day of a membership lapsed when {@code period}'s invoices are generated:
   * the end of the month before its run of {@link #unpaidInvoicesBeforeLapse} unpaid months.
   */
  public LocalDate lapseDate(YearMonth period) {
    return period.minusMonths(unpaidInvoicesBeforeLapse + 1L).atEndOfMonth();
  }

  /** True when an active membership has gone unpaid long enough to be deactivated. */
  public boolean shouldLapse(Membership membership, int consecutiveUnpaidInvoices) {
    return membership.status() == MembershipStatus.ACTIVE
        && consecutiveUnpaidInvoices >= unpaidInvoicesBeforeLapse;
  }
}
