package id.ngopeni.persistence.db;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which users wrote recently, for the staleness rule "a user's own writes are read back from the
 * primary": from the start of a write request until the replica is fresh as of its end
 * ({@link Freshness}). Instants are nanoTime. Thread-safe.
 */
final class WriteMarks {
  private record Mark(int inFlight, long lastEnded) {}

  private final ConcurrentHashMap<UUID, Mark> marks = new ConcurrentHashMap<>();

  void began(UUID user) {
    marks.merge(user, new Mark(1, Freshness.NEVER), (m, one) -> new Mark(m.inFlight() + 1, m.lastEnded()));
  }

  void ended(UUID user, long instant) {
    marks.merge(user, new Mark(0, instant),
        (m, end) -> new Mark(Math.max(0, m.inFlight() - 1), Math.max(m.lastEnded(), instant)));
  }

  /** Work done for the user outside a request (a background import) committed at {@code instant}. */
  void committed(UUID user, long instant) {
    marks.merge(user, new Mark(0, instant), (m, end) -> new Mark(m.inFlight(), Math.max(m.lastEnded(), instant)));
  }

  /** The user has a write in flight, or one the replica may not hold yet. */
  boolean unseen(UUID user, long freshAsOf) {
    Mark mark = marks.get(user);
    return mark != null && (mark.inFlight() > 0 || mark.lastEnded() >= freshAsOf);
  }

  /**
   * Forgets the writes every replica read would show: those that ended before {@code freshAsOf},
   * or before {@code oldestUsable} (a replica staler than that is not read at all).
   */
  void forget(long freshAsOf, long oldestUsable) {
    long seen = Math.max(freshAsOf, oldestUsable);
    marks.values().removeIf(m -> m.inFlight() == 0 && m.lastEnded() < seen);
  }

  int size() {
    return marks.size();
  }
}
