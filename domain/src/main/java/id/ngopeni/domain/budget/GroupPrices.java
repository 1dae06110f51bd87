package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.Premium;
import id.ngopeni.domain.tariff.Premiums;
import id.ngopeni.domain.tariff.TariffBook;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The domain's monthly premium for a group of memberships that price alike (same month, source,
 * sector, programmes and declared income). SQL counts the members of each group; this decides what one
 * of them costs, so a million memberships cost a few hundred calls to {@link Premiums#monthly}
 * and the rules live in one place.
 */
public final class GroupPrices {
  private record Key(YearMonth month, FundingSource source, Sector sector, String programs, long income) {}

  private final TariffBook tariffs;
  private final Map<Key, Premium> cache = new HashMap<>();

  public GroupPrices(TariffBook tariffs) {
    this.tariffs = tariffs;
  }

  public TariffBook tariffs() {
    return tariffs;
  }

  /** @param programs canonical key such as {@code JKK,JKM} (see {@link #key}) */
  public Premium premium(
      YearMonth month, FundingSource source, Sector sector, String programs, long declaredIncome) {
    return cache.computeIfAbsent(
        new Key(month, source, sector, programs, declaredIncome),
        k -> Premiums.monthly(parseKey(programs), Rupiah.of(declaredIncome), source, sector, month, tariffs));
  }

  public Premium premium(BilledGroup g) {
    return premium(g.month(), g.fundingSource(), g.sector(), g.programs(), g.declaredIncome());
  }

  /** The premium of all the members of the group. */
  public Rupiah total(BilledGroup g) {
    return premium(g).total().times(g.count());
  }

  /**
   * {@code "JKK,JKM"}: programmes in the one canonical order JKK, JKM, JHT, joined by commas
   * (the same text as {@code array_to_string(programs, ',')} over a stored membership).
   */
  public static String key(Set<Program> programs) {
    return EnumSet.copyOf(programs).stream().map(Program::name).collect(Collectors.joining(","));
  }

  public static Set<Program> parseKey(String key) {
    return Arrays.stream(key.split(","))
        .map(Program::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Program.class)));
  }
}
