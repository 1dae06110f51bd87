package id.ngopeni.domain.tariff;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.List;

/** Tariff books for tests of tariff changes, shared by the tariff and budget tests. */
public final class TestTariffs {

  /** A PP 50/2025-style discount: JKM halved for self-paid members during 2026. */
  public static final Tariff MANDIRI_JKM_DISCOUNT_2026 = halfJkmDuring2026(FundingSource.MANDIRI);

  private TestTariffs() {}

  /** JKM halved to Rp3.400 for one funding source during 2026. */
  public static Tariff halfJkmDuring2026(FundingSource source) {
    return new Tariff(
        Program.JKM,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        source,
        new Contribution.Flat(Rupiah.of(3_400)));
  }

  /**
   * JKK at {@code basisPoints} of the declared income, held between the bounds, from {@code from}
   * until {@code until} (null: open-ended), for {@code source} (null: every source).
   */
  public static Tariff jkk(
      LocalDate from,
      LocalDate until,
      FundingSource source,
      long basisPoints,
      long minimum,
      long maximum) {
    return new Tariff(
        Program.JKK,
        from,
        until,
        source,
        new Contribution.Rate(basisPoints, Rupiah.of(minimum), Rupiah.of(maximum)));
  }

  /** The default JKK; a generic JKM of Rp6.800 that becomes {@code newJkm} on {@code firstDay}. */
  public static TariffBook jkmChangingOn(LocalDate firstDay, long newJkm) {
    return new TariffBook(
        List.of(
            DefaultTariffs.JKK,
            new Tariff(
                Program.JKM,
                DefaultTariffs.SINCE,
                firstDay.minusDays(1),
                null,
                new Contribution.Flat(Rupiah.of(6_800))),
            new Tariff(
                Program.JKM, firstDay, null, null, new Contribution.Flat(Rupiah.of(newJkm)))));
  }
}
