package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
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
 * programmes and declared income). SQL counts the members of each group; this decides what one
 * of them costs, so a million memberships cost a few hundred calls to {@link Premiums#monthly}
 * and the rules live in one place.
 */
public final class GroupPrices {
  private record Key(YearMonth month, FundingSource source, String programs, long income) {}

  private final TariffBook tariffs;
  private final Map<Key, Premium> cache = new HashMap<>();

  public GroupPrices(TariffBook tariffs) {
    this.tariffs = tariffs;
  }

  public TariffBook tariffs() {
    return tariffs;
  }

  /** @param programs canonical key such as {@code JKK,JKM} (see {@link #key}) */
  public Premium premium(YearMonth month, FundingSource source, String programs, long declaredIncome) {
    return cache.computeIfAbsent(
        new Key(month, source, programs, declaredIncome),
        k -> Premiums.monthly(parseKey(programs), Rupiah.of(declaredIncome), source, month, tariffs));
  }

  public Premium premium(BilledGroup g) {
    return premium(g.month(), g.fundingSource(), g.programs(), g.declaredIncome());
  }

  /** The premium of {@code count} members of the group. */
  public Rupiah total(
      YearMonth month, FundingSource source, String programs, long declaredIncome, long count) {
    return premium(month, source, programs, declaredIncome).total().times(count);
  }

  public Rupiah total(BilledGroup g) {
    return total(g.month(), g.fundingSource(), g.programs(), g.declaredIncome(), g.count());
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
