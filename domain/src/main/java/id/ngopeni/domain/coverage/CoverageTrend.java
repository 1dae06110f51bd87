package id.ngopeni.domain.coverage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * An area's coverage month by month: how many of the city's members were covered at the end of
 * each month (on {@code asOf} for the current one), how many enrolled and how many left, and the
 * UCJ of each month against that year's {@link Baseline}.
 *
 * <p>BPJS reports participants once in a while (a baseline holds one count and its date), while
 * the city's own members change every day. A month's participants are therefore <b>estimated</b>
 * as BPJS's count plus the city's net change since the count's day: {@code reported + covered(day)
 * − covered(asOf of the count)}, never below zero. On the count's own day this is the count
 * itself; without a dated count the count is used as it is, and without any count the city's own
 * members are the participants (as in the coverage report).
 */
public final class CoverageTrend {
  /** The longest trend answered: three budget years. */
  public static final int MAX_MONTHS = 36;

  private CoverageTrend() {}

  /** One month of the trend. {@code day} is the day counted: the month's last, or asOf in its own month. */
  public record Month(YearMonth month, LocalDate day, long covered, long enrolled, long left, CoverageFigures figures,
      boolean estimated) {}

  /** Enrolments and departures of a month. */
  public record Flow(long enrolled, long left) {}

  /** Whether {@code months} is a trend length answered (1 to {@link #MAX_MONTHS}). */
  public static boolean validLength(long months) {
    return months >= 1 && months <= MAX_MONTHS;
  }

  /** The first month of a trend of {@code months} months ending with asOf's month. */
  public static YearMonth firstMonth(LocalDate asOf, int months) {
    return YearMonth.from(asOf).minusMonths(months - 1L);
  }

  /**
   * The trend of {@code months} months ending with asOf's month.
   *
   * @param netByMonth the net change of covered members per month, every month up to asOf's
   *     (that one counted up to asOf), from the first ever: its running sum is the count covered
   * @param flows enrolments and departures per month (quiet months absent)
   * @param baselines the area's baseline per year (years without one absent)
   * @param coveredOn the count covered on each dated baseline's {@code asOf}
   */
  public static List<Month> of(LocalDate asOf, int months, SortedMap<YearMonth, Long> netByMonth,
      Map<YearMonth, Flow> flows, Map<Integer, Baseline> baselines, Map<LocalDate, Long> coveredOn) {
    if (!validLength(months)) {
      throw new IllegalArgumentException("months out of range");
    }
    YearMonth first = firstMonth(asOf, months);
    YearMonth current = YearMonth.from(asOf);
    long covered = netByMonth.headMap(first).values().stream().mapToLong(Long::longValue).sum();
    List<Month> out = new ArrayList<>(months);
    for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
      covered += netByMonth.getOrDefault(m, 0L);
      LocalDate day = m.equals(current) ? asOf : m.atEndOfMonth();
      Flow flow = flows.getOrDefault(m, new Flow(0, 0));
      Baseline baseline = baselines.get(m.getYear());
      out.add(new Month(m, day, covered, flow.enrolled(), flow.left(), figures(baseline, covered, coveredOn),
          estimated(baseline, day, coveredOn)));
    }
    return out;
  }

  private static CoverageFigures figures(Baseline b, long covered, Map<LocalDate, Long> coveredOn) {
    Optional<Long> then = countDay(b).map(coveredOn::get);
    if (then.isEmpty()) {
      return Baseline.figures(covered, b);
    }
    long participants = Math.max(0, b.reportedParticipants() + covered - then.get());
    return new CoverageFigures(participants, b.workforce(), b.target());
  }

  private static boolean estimated(Baseline b, LocalDate day, Map<LocalDate, Long> coveredOn) {
    return countDay(b).filter(coveredOn::containsKey).map(d -> !d.equals(day)).orElse(false);
  }

  /** The day of the baseline's BPJS count, when it has a dated count. */
  private static Optional<LocalDate> countDay(Baseline b) {
    return b == null || b.reportedParticipants() == null ? Optional.empty() : Optional.ofNullable(b.asOf());
  }

  /** The days whose covered count the trend needs: each dated baseline count's. */
  public static List<LocalDate> countDays(Iterable<Baseline> baselines) {
    List<LocalDate> days = new ArrayList<>();
    for (Baseline b : baselines) {
      countDay(b).filter(d -> !days.contains(d)).ifPresent(days::add);
    }
    return days;
  }
}
