package id.ngopeni.domain.tariff;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.util.Objects;

/** One programme's share of a premium. */
public record PremiumLine(Program program, Rupiah amount) {
  public PremiumLine {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(amount, "amount");
  }
}
