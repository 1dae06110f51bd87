package id.ngopeni.api.demo.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Picks keys in proportion to their weights. */
final class WeightedChoice {
  private final List<String> keys = new ArrayList<>();
  private final long[] cumulative;
  private final long total;

  /**
   * Keys are taken in sorted order, not the map's: {@code Map.of} iterates in a different order on
   * every JVM run, and the same seed must give the same rows everywhere.
   */
  WeightedChoice(Map<String, Integer> weights) {
    TreeMap<String, Integer> sorted = new TreeMap<>(weights);
    cumulative = new long[sorted.size()];
    long sum = 0;
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      if (e.getValue() == null || e.getValue() < 0) {
        throw new IllegalArgumentException("weights must not be negative");
      }
      sum += e.getValue();
      cumulative[keys.size()] = sum;
      keys.add(e.getKey());
    }
    if (sum == 0) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
    total = sum;
  }

  String pick(Random random) {
    long ticket = (long) (random.nextDouble() * total);
    for (int i = 0; i < cumulative.length; i++) {
      if (ticket < cumulative[i]) {
        return keys.get(i);
      }
    }
    return keys.get(keys.size() - 1);
  }
}
