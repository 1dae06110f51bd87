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

  private static int unsigned(UUID a, UUID b) {
    return Ids.compare(a, b);
  }

  @Test
  void idsCompareByTheirBytesUnsignedAsPostgresqlOrdersThem() {
    UUID low = UUID.fromString("01a24131-7650-7bca-96a5-36b90ea9a23f");
    UUID high = UUID.fromString("f1a24131-7650-7bca-96a5-36b90ea9a23f"); // negative as a signed long
    assertThat(Ids.compare(low, high)).isNegative();
    assertThat(low.compareTo(high)).as("Java's own order is signed").isPositive();
    assertThat(Ids.compare(high, high)).isZero();
    assertThat(Ids.compare(UUID.fromString("01a24131-7650-7bca-16a5-36b90ea9a23f"), low)).isNegative();
  }
}
