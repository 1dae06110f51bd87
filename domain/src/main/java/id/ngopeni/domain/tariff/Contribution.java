package id.ngopeni.domain.tariff;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one programme's monthly contribution is reckoned: a share of the declared income
 * (JKK, JHT) or a flat amount (JKM), per PP 44/2015 Lampiran II as amended by PP 82/2019 and
 * PP 49/2023, and Permenaker 5/2021 for BPU participants.
 */
public sealed interface Contribution {

  /** The contribution for one month at this declared monthly income. */
  Rupiah monthlyFor(Rupiah declaredIncome);

  /** What is wrong with the amounts, as field errors named like the tariff's JSON fields. */
  List<FieldError> validate();

  /**
   * {@code basisPoints}/10,000 of the declared income (1 % = 100 bp), rounded half up to the
   * whole rupiah, then held between {@code minimum} and {@code maximum}. Either bound may be
   * null: no bound (JHT has none; JKK is Rp10.000–Rp207.000).
   */
  record Rate(long basisPoints, Rupiah minimum, Rupiah maximum) implements Contribution {

    @Override
    public Rupiah monthlyFor(Rupiah declaredIncome) {
      Rupiah amount = declaredIncome.percent(basisPoints);
      if (minimum != null) {
        amount = amount.max(minimum);
      }
      if (maximum != null) {
        amount = amount.min(maximum);
      }
      return amount;
    }

    @Override
    public List<FieldError> validate() {
      List<FieldError> errors = new ArrayList<>();
      if (basisPoints < 0) {
        errors.add(new FieldError("rateBasisPoints", HttpError.NEGATIVE));
      }
      if (minimum != null && minimum.isNegative()) {
        errors.add(new FieldError("minimum", HttpError.NEGATIVE));
      }
      if (maximum != null && maximum.isNegative()) {
        errors.add(new FieldError("maximum", HttpError.NEGATIVE));
      }
      if (minimum != null && maximum != null && minimum.isGreaterThan(maximum)) {
        errors.add(new FieldError("minimum", MoneyError.MIN_ABOVE_MAX));
      }
      return errors;
    }
  }

  /** The same amount every month, whatever the income (JKM: Rp6.800). */
  record Flat(Rupiah amount) implements Contribution {
    public Flat {
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public Rupiah monthlyFor(Rupiah declaredIncome) {
      return amount;
    }

    @Override
    public List<FieldError> validate() {
      return amount.isNegative()
          ? List.of(new FieldError("flatAmount", HttpError.NEGATIVE))
          : List.of();
    }
  }
}
