package id.ngopeni.domain.tariff;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PP 50/2025 (Penyesuaian Iuran Program Jaminan Kecelakaan Kerja dan Jaminan Kematian), Pasal 4
 * ayat (1): BPU participants pay 50 % of the JKK and JKM contributions otherwise due — in the
 * transport sector for the contributions of January 2026 to March 2027, in every other sector
 * for April to December 2026. It does not apply where JKK+JKM are paid through the APBN or APBD
 * (Kemnaker's statement on the regulation); DBHCHT is regional revenue spent through the APBD,
 * so DBHCHT-paid participants are not relieved either. JHT is not touched.
 *
 * <p>The rule is recorded as ordinary effective-dated tariffs ({@link #TARIFFS}): one per
 * relieved funding source, sector and programme, each the full tariff of {@link DefaultTariffs}
 * with {@code discountPercent} 50. Being tariffs, they show in {@code GET /tariffs}, win over the
 * generic tariff for their source and sector only ({@link Tariff#specificity}), and end on their
 * own: from April 2027 every participant is priced by the generic tariff again. Migration
 * V29 inserts them row for row.
 */
public final class ContributionRelief {
  /** The share taken off JKK and JKM (Pasal 4(1)). */
  public static final int PERCENT = 50;

  /** The programmes relieved: JKK and JKM, not JHT. */
  public static final Set<Program> PROGRAMS = Set.copyOf(EnumSet.of(Program.JKK, Program.JKM));

  /** The contribution months relieved per sector, first and last inclusive. */
  public record Window(YearMonth first, YearMonth last) {
    public boolean contains(YearMonth month) {
      return !month.isBefore(first) && !month.isAfter(last);
    }
  }

  public static final Map<Sector, Window> WINDOWS = Map.of(
      Sector.TRANSPORT, new Window(YearMonth.of(2026, 1), YearMonth.of(2027, 3)),
      Sector.OTHER, new Window(YearMonth.of(2026, 4), YearMonth.of(2026, 12)));

  /** The tariffs that carry the relief, in the order of migration V29. */
  public static final List<Tariff> TARIFFS = tariffs();

  private ContributionRelief() {}

  /**
   * Whether a premium paid from this source is relieved: not when it is paid through the APBN or
   * APBD — the city's APBD, and DBHCHT, which the city spends through its APBD.
   */
  public static boolean appliesTo(FundingSource source) {
    return source != FundingSource.APBD && source != FundingSource.DBHCHT;
  }

  /** Whether this programme, paid by this source, for this sector, is relieved in this month. */
  public static boolean relieves(Program program, FundingSource source, Sector sector, YearMonth month) {
    return PROGRAMS.contains(program) && appliesTo(source) && WINDOWS.get(sector).contains(month);
  }

  private static List<Tariff> tariffs() {
    List<Tariff> out = new ArrayList<>();
    for (Sector sector : Sector.values()) {
      Window w = WINDOWS.get(sector);
      LocalDate from = w.first().atDay(1);
      LocalDate to = w.last().atEndOfMonth();
      for (FundingSource source : FundingSource.values()) {
        if (!appliesTo(source)) {
          continue;
        }
        for (Tariff base : List.of(DefaultTariffs.JKK, DefaultTariffs.JKM)) {
          out.add(new Tariff(base.program(), from, to, source, sector, base.contribution(), PERCENT));
        }
      }
    }
    return List.copyOf(out);
  }
}
