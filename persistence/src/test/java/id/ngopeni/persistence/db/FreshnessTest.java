package id.ngopeni.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The replica's freshness from sampled primary positions, and the own-write marks that use it. */
class FreshnessTest {
  @Test
  void aReplicaIsFreshAsOfTheNewestSampleItHasReplayed() {
    Freshness freshness = new Freshness(10);
    assertThat(freshness.replayed(0)).isEqualTo(Freshness.NEVER);
    freshness.sampled(100, 1_000);
    freshness.sampled(200, 1_500);
    freshness.sampled(300, 2_000);
    assertThat(freshness.replayed(999)).as("not even the first sample").isEqualTo(Freshness.NEVER);
    assertThat(freshness.replayed(1_600)).isEqualTo(200);
    assertThat(freshness.replayed(2_000)).isEqualTo(300);
  }

  @Test
  void anIdlePrimaryKeepsTheReplicaFresh() {
    Freshness freshness = new Freshness(10);
    for (long t = 100; t <= 1_000; t += 100) {
      freshness.sampled(t, 5_000); // nothing written: the same position at every sample
      assertThat(freshness.replayed(5_000)).isEqualTo(t);
    }
  }

  @Test
  void freshnessNeverGoesBackUntilTheReplicaIsLost() {
    Freshness freshness = new Freshness(2);
    freshness.sampled(100, 1_000);
    assertThat(freshness.replayed(1_000)).isEqualTo(100);
    freshness.sampled(200, 3_000);
    freshness.sampled(300, 4_000);
    freshness.sampled(400, 5_000); // only two kept: the sample of 200 is gone
    assertThat(freshness.replayed(3_500)).as("known fresh as of 100 at least").isEqualTo(100);
    assertThat(freshness.replayed(5_000)).isEqualTo(400);
    freshness.reset();
    assertThat(freshness.freshAsOf()).isEqualTo(Freshness.NEVER);
  }

  @Test
  void aWriteIsUnseenWhileInFlightAndUntilTheReplicaIsFreshAsOfItsEnd() {
    WriteMarks marks = new WriteMarks();
    UUID writer = UUID.randomUUID();
    assertThat(marks.unseen(writer, Freshness.NEVER)).isFalse();
    marks.began(writer);
    assertThat(marks.unseen(writer, 1_000)).as("in flight").isTrue();
    marks.ended(writer, 500);
    assertThat(marks.unseen(writer, 500)).as("fresh as of its end only: maybe not in").isTrue();
    assertThat(marks.unseen(writer, 501)).isFalse();
    marks.forget(400, 0);
    assertThat(marks.size()).isEqualTo(1);
    marks.forget(501, 0);
    assertThat(marks.size()).isZero();
  }

  @Test
  void backgroundWorkCommittedForAUserLeavesTheirRequestsInFlightAlone() {
    WriteMarks marks = new WriteMarks();
    UUID user = UUID.randomUUID();
    marks.began(user);
    marks.committed(user, 700);
    marks.ended(user, 800);
    assertThat(marks.unseen(user, 750)).isTrue();
    marks.committed(user, 900);
    assertThat(marks.unseen(user, 850)).as("the later of the two").isTrue();
    assertThat(marks.unseen(user, 901)).isFalse();
  }

  @Test
  void marksOlderThanAnyUsableReplicaAreForgotten() {
    WriteMarks marks = new WriteMarks();
    UUID writer = UUID.randomUUID();
    marks.began(writer);
    marks.ended(writer, 500);
    marks.began(writer); // a second write still in flight is never forgotten
    marks.forget(Freshness.NEVER, 10_000);
    assertThat(marks.size()).isEqualTo(1);
    marks.ended(writer, 600);
    marks.forget(Freshness.NEVER, 10_000);
    assertThat(marks.size()).isZero();
  }
}
