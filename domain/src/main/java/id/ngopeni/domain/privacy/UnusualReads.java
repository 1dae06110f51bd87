package id.ngopeni.domain.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One user reading far more people than usual: the pattern of a copied database, a curious
 * colleague or a stolen session. The rule, kept simple enough to explain to the person flagged:
 *
 * <p>A user's day is <b>unusual</b> when they read at least {@code floor} distinct people that
 * day (every kind of read: lists, details, lookups, exports, reveals) <b>and</b> more than {@code
 * factor} times their usual day. Their usual day is the median of their distinct-people counts
 * on the days they read anyone in the {@code windowDays} days before (days without reads do not
 * count: a part-time clerk is not judged by their days off). A user with no such day has a usual
 * day of 0, so only the floor applies. Defaults: factor 3, floor 50, window 30 days.
 */
public record UnusualReads(int factor, int floor, int windowDays) {
  public static final UnusualReads DEFAULT = new UnusualReads(3, 50, 30);

  public UnusualReads {
    if (factor < 1 || floor < 1 || windowDays < 1) {
      throw new IllegalArgumentException("factor, floor and window must be positive");
    }
  }

  /** One flagged user-day: how many people, against which usual day. */
  public record Flag(UUID userId, LocalDate day, int people, double usual) {}

  /** The median of the active days' counts (0 without any). */
  public static double usual(List<Integer> activeDayCounts) {
    List<Integer> counts = activeDayCounts.stream().filter(c -> c > 0).sorted().toList();
    if (counts.isEmpty()) {
      return 0;
    }
    int n = counts.size();
    return n % 2 == 1 ? counts.get(n / 2) : (counts.get(n / 2 - 1) + counts.get(n / 2)) / 2.0;
  }

  public boolean unusual(int people, double usual) {
    return people >= floor && people > factor * usual;
  }

  /**
   * Every flagged day of {@code days} (the days examined) for one user, given their daily
   * distinct-people counts (on at least {@code windowDays} before the first day examined).
   */
  public List<Flag> flags(UUID userId, Map<LocalDate, Integer> dailyPeople, LocalDate from, LocalDate to) {
    List<Flag> flags = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      int people = dailyPeople.getOrDefault(day, 0);
      if (people < floor) {
        continue;
      }
      List<Integer> window = new ArrayList<>();
      for (LocalDate d = day.minusDays(windowDays); d.isBefore(day); d = d.plusDays(1)) {
        window.add(dailyPeople.getOrDefault(d, 0));
      }
      double usual = usual(window);
      if (unusual(people, usual)) {
        flags.add(new Flag(userId, day, people, usual));
      }
    }
    return flags;
  }
}
