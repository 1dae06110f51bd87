package id.ngopeni.domain;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered UUIDs (RFC 9562 version 7): new rows land at the end of their index. */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static UUID newId() {
    return uuidV7(System.currentTimeMillis(), RANDOM.nextLong(), RANDOM.nextLong());
  }

  /** The lowest id {@link #newId()} can give at {@code at}'s millisecond: every id made then or later is not below it. */
  public static UUID lowestAt(java.time.Instant at) {
    return uuidV7(at.toEpochMilli(), 0, 0);
  }

  /** The highest id {@link #newId()} can give at {@code at}'s millisecond: every id made then or earlier is not above it. */
  public static UUID highestAt(java.time.Instant at) {
    return uuidV7(at.toEpochMilli(), -1L, -1L);
  }

  /** Compares as PostgreSQL orders uuid values (their bytes, unsigned), which for these ids is time order. */
  public static int compare(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  static UUID uuidV7(long epochMillis, long randA, long randB) {
    long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16;
    msb |= 0x7000L | (randA & 0x0FFFL);
    long lsb = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
