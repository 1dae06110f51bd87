package id.ngopeni.persistence.db;

import java.util.List;

/** One page of a keyset-paginated list: the items and whether more follow the last one. */
public record Slice<T>(List<T> items, boolean hasMore) {
  public Slice {
    items = List.copyOf(items);
  }

  /** Builds a slice from {@code limit + 1} fetched rows: the extra row only says "more". */
  public static <T> Slice<T> of(List<T> fetched, int limit) {
    return fetched.size() > limit ? new Slice<>(fetched.subList(0, limit), true) : new Slice<>(fetched, false);
  }
}
