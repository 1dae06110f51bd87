package id.ngopeni.api.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.Premium;
import id.ngopeni.domain.tariff.Premiums;
import id.ngopeni.domain.tariff.TariffBook;
import id.ngopeni.persistence.membership.ProgramArrays;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

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

  /** @param programs canonical key such as {@code JKK,JKM} (see {@link ProgramArrays#key}) */
  public Premium premium(YearMonth month, FundingSource source, String programs, long declaredIncome) {
    return cache.computeIfAbsent(new Key(month, source, programs, declaredIncome),
        k -> Premiums.monthly(ProgramArrays.parseKey(programs), Rupiah.of(declaredIncome), source, month, tariffs));
  }

  /** The premium of {@code count} members of the group. */
  public Rupiah total(YearMonth month, FundingSource source, String programs, long declaredIncome, long count) {
    return premium(month, source, programs, declaredIncome).total().times(count);
  }
}
