package id.ngopeni.persistence.db;

import java.util.ArrayDeque;

/**
 * How fresh a replica's data is, by the application's own clock: the primary's WAL position is
 * sampled at known instants; once the replica has replayed past a sample, it holds everything
 * committed before that instant ({@link #freshAsOf}). This needs no clock on either server and
 * stays right when the primary is idle, where {@code now() - pg_last_xact_replay_timestamp()}
 * grows without the replica being behind at all.
 *
 * <p>An instant taken <em>before</em> the primary is asked is what a sample carries, so a write
 * that ended before the instant is in the sampled position. Thread-safe.
 */
final class Freshness {
  /** Never fresh: before the first replayed sample, and after the replica was lost. */
  static final long NEVER = Long.MIN_VALUE;

  private final ArrayDeque<long[]> samples = new ArrayDeque<>();
  private final int keep;
  private long freshAsOf = NEVER;

  /** Keeps at most {@code keep} samples not yet replayed (older ones only make it more conservative). */
  Freshness(int keep) {
    this.keep = Math.max(2, keep);
  }

  /** The primary was at {@code position} at some time after {@code instant} (nanoTime). */
  synchronized void sampled(long instant, long position) {
    samples.addLast(new long[] {instant, position});
    while (samples.size() > keep) {
      samples.removeFirst();
    }
  }

  /** The replica has replayed up to {@code replayed}; returns {@link #freshAsOf()}. */
  synchronized long replayed(long replayed) {
    long[] newest = null;
    while (!samples.isEmpty() && samples.peekFirst()[1] <= replayed) {
      newest = samples.removeFirst();
    }
    if (newest != null) {
      freshAsOf = Math.max(freshAsOf, newest[0]);
      // Kept: the next sample may be taken before the replica moves on.
      samples.addFirst(newest);
    }
    return freshAsOf;
  }

  /** Every commit that ended before this instant (nanoTime) is on the replica; {@link #NEVER} if unknown. */
  synchronized long freshAsOf() {
    return freshAsOf;
  }

  /** The replica went away: whatever comes back (maybe another one) must prove itself again. */
  synchronized void reset() {
    samples.clear();
    freshAsOf = NEVER;
  }
}
