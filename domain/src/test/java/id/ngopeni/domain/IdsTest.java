package id.ngopeni.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The bounds of a millisecond's ids, compared as PostgreSQL compares uuid values (their bytes,
 * unsigned): an id made in the millisecond lies between them, one made a millisecond either side
 * does not.
 */
class IdsTest {
  @Test
  void theBoundsOfAMillisecondHoldEveryIdMadeInItAndNoneOfTheNeighbours() {
    long ms = Instant.parse("2026-12-04T13:00:00.123Z").toEpochMilli();
    Instant at = Instant.ofEpochMilli(ms);
    for (int i = 0; i < 1000; i++) {
      UUID id = Ids.uuidV7(ms, Double.doubleToLongBits(Math.random()) * 31 + i, (long) (Math.random() * Long.MAX_VALUE) - i);
      assertThat(unsigned(Ids.lowestAt(at), id)).isLessThanOrEqualTo(0);
      assertThat(unsigned(id, Ids.highestAt(at))).isLessThanOrEqualTo(0);
      assertThat(unsigned(Ids.highestAt(at.minusMillis(1)), id)).isNegative();
      assertThat(unsigned(id, Ids.lowestAt(at.plusMillis(1)))).isNegative();
    }
    assertThat(Ids.lowestAt(at).version()).isEqualTo(7);
    assertThat(Ids.highestAt(at).version()).isEqualTo(7);
    assertThat(Ids.highestAt(at).variant()).isEqualTo(2);
  }

  /** Byte order, unsigned, as PostgreSQL's uuid comparison. */
  private static int unsigned(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
