import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Steps run by a number of concurrent clients, each taking the next index, and what they measured. */
final class ConcurrentClients {
  private ConcurrentClients() {}

  /** One step, e.g. one request; returns the HTTP status it got. */
  interface Step {
    int call(int i) throws Exception;
  }

  /** Runs steps 0..count-1 on {@code clients} threads, each taking the next index; latency per step in µs. */
  static Phase run(int clients, int count, Step step) throws Exception {
    long[] micros = new long[count];
    int[] statuses = new int[count];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          long start = System.nanoTime();
          statuses[i] = step.call(i);
          micros[i] = (System.nanoTime() - start) / 1000;
        }
        return null;
      }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    double seconds = Bench.secondsSince(t0);
    pool.shutdown();
    long[] codes = Arrays.stream(statuses).asLongStream().toArray();
    return Phase.of(micros, count, count / seconds, codes);
  }

  /** A measured phase: steps, steps per second, p50 and p99 in ms, the status of each step. */
  record Phase(int requests, double rate, double p50, double p99, long[] statuses) {
    static Phase of(long[] micros, int requests, double rate, long[] statuses) {
      long[] sorted = micros.clone();
      Arrays.sort(sorted);
      return new Phase(requests, rate, sorted[(int) (sorted.length * 0.50)] / 1000.0,
          sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1000.0, statuses);
    }

    long count(int status) {
      return Arrays.stream(statuses).filter(s -> s == status).count();
    }

    String line(String name) {
      return String.format(Locale.ROOT, "%s %d %.0f %.2f %.2f", name, requests, rate, p50, p99);
    }
  }
}
