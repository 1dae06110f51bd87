package id.ngopeni.domain.heir;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an heir is related to the member, and their priority under PP 44/2015 Pasal 37(5).
 *
 * <p>Class 2 ("blood relatives in a straight line to the second degree") is itself ordered:
 * parents, then grandchildren, then grandparents. So priority is a {@link #priorityClass()}
 * (1–5, as the regulation numbers it and as the API shows it) refined by a {@link #rank()}
 * within the class. "The highest class registered" means the best (class, rank) present: with a
 * parent registered, a grandchild is refused although both are class 2. Spouse and children
 * share class 1 and rank equally.
 */
public enum HeirRelationship {
  SPOUSE(1, 0),
  CHILD(1, 0),
  PARENT(2, 0),
  GRANDCHILD(2, 1),
  GRANDPARENT(2, 2),
  SIBLING(3, 0),
  PARENT_IN_LAW(4, 0),
  WILL_NAMED(5, 0);

  private final int priorityClass;
  private final int rank;

  HeirRelationship(int priorityClass, int rank) {
    this.priorityClass = priorityClass;
    this.rank = rank;
  }

  /** 1 (widow, widower, children) to 5 (named in a will); lower comes first. */
  public int priorityClass() {
    return priorityClass;
  }

  /** Order within the class; only class 2 has more than one rank. Lower comes first. */
  public int rank() {
    return rank;
  }

  /** Whether an heir related this way comes strictly before one related {@code other}'s way. */
  public boolean outranks(HeirRelationship other) {
    return priorityClass != other.priorityClass
        ? priorityClass < other.priorityClass
        : rank < other.rank;
  }

  public static Optional<HeirRelationship> parse(String text) {
    return Arrays.stream(values()).filter(r -> r.name().equals(text)).findFirst();
  }
}
