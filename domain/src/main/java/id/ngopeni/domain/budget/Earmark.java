package id.ngopeni.domain.budget;

import id.ngopeni.domain.problem.EarmarkError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a funding source may pay for: the worker categories of its earmark, each with a priority
 * (1 is served first). DBHCHT is earmarked by PMK 72/2024 (which replaced PMK 215/2021): half of it
 * goes to welfare, and social security contributions under welfare go to tobacco-farm and
 * cigarette-factory workers first, then to other vulnerable workers. A source without an earmark
 * (no categories) pays for any category. {@code basis} names the rule the earmark follows.
 */
public record Earmark(String basis, Map<String, Integer> priorities) {
  public static final int FIRST = 1;
  public static final int LAST = 9;
  public static final int MAX_BASIS = 500;

  /** One category as asked for; null fields were missing or of the wrong type. */
  public record Entry(String category, Integer priority) {}

  public Earmark {
    priorities = Map.copyOf(priorities);
  }

  /** No earmark: every category may be paid for. */
  public static Earmark none() {
    return new Earmark(null, Map.of());
  }

  public boolean allows(String category) {
    return priorities.isEmpty() || priorities.containsKey(category);
  }

  /** Refuses an enrolment of a worker of {@code category} under this source, naming {@code field}. */
  public void checkAllows(String category, String field) {
    if (!allows(category)) {
      throw Invalid.of(field, EarmarkError.CATEGORY_NOT_EARMARKED,
          "This funding source's earmark (" + basis + ") does not include category " + category + ".");
    }
  }

  /**
   * The earmark asked for, checked: every category an active one ({@code known}), none twice,
   * priorities 1 to 9, a basis when any category is listed. Problems go to {@code violations}
   * under {@code categories[i].…} and {@code basis}; the caller throws them.
   */
  public static Earmark of(String basis, List<Entry> entries, Collection<String> known, Violations violations) {
    Set<String> active = Set.copyOf(known);
    Map<String, Integer> priorities = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String at = "categories[" + i + "].";
      if (e.category() != null && !active.contains(e.category())) {
        violations.add(at + "category", EarmarkError.EARMARK_CATEGORY_UNKNOWN);
      } else if (e.category() != null && priorities.containsKey(e.category())) {
        violations.add(at + "category", EarmarkError.EARMARK_CATEGORY_REPEATED);
      }
      if (e.priority() != null && (e.priority() < FIRST || e.priority() > LAST)) {
        violations.add(at + "priority", EarmarkError.EARMARK_PRIORITY_INVALID);
      }
      if (e.category() != null && e.priority() != null) {
        priorities.putIfAbsent(e.category(), e.priority());
      }
    }
    if (!entries.isEmpty() && (basis == null || basis.isBlank()) && !violations.has("basis")) {
      violations.add("basis", HttpError.REQUIRED);
    } else if (basis != null && basis.strip().length() > MAX_BASIS) {
      violations.add("basis", HttpError.TOO_LONG, "At most " + MAX_BASIS + " characters.");
    }
    return new Earmark(entries.isEmpty() || basis == null ? null : basis.strip(), priorities);
  }
}
