package id.ngopeni.domain.tariff;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.List;

/**
 * The BPU contributions in force since BPJS Ketenagakerjaan began operating on 1 July 2015
 * (PP 44/2015 for JKK/JKM, as amended by PP 82/2019 and PP 49/2023; Permenaker 5/2021), for
 * every funding source and open-ended. They seed a fresh installation with PP 50/2025's relief
 * ({@link ContributionRelief}, more specific tariffs for a limited period); an admin records later
 * changes as further tariffs rather than editing these.
 */
public final class DefaultTariffs {
  public static final LocalDate SINCE = LocalDate.of(2015, 7, 1);

  /** JKK: 1 % of declared income, at least Rp10.000, at most Rp207.000. */
  public static final Tariff JKK =
      new Tariff(
          Program.JKK,
          SINCE,
          null,
          null,
          new Contribution.Rate(100, Rupiah.of(10_000), Rupiah.of(207_000)));

  /** JKM: Rp6.800 a month whatever the income. */
  public static final Tariff JKM =
      new Tariff(Program.JKM, SINCE, null, null, new Contribution.Flat(Rupiah.of(6_800)));

  /** JHT (optional): 2 % of declared income, no bounds. */
  public static final Tariff JHT =
      new Tariff(Program.JHT, SINCE, null, null, new Contribution.Rate(200, null, null));

  public static final List<Tariff> SEED = List.of(JKK, JKM, JHT);

  private DefaultTariffs() {}
}
