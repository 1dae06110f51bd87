package id.ngopeni.persistence.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.user.LoginThrottlePolicy;
import id.ngopeni.persistence.testing.PgTestSupport;
import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LoginThrottleRepositoryTest {
  private static PgTestSupport pg;
  private final LoginThrottleRepository repo = new LoginThrottleRepository();
  private final LoginThrottlePolicy policy = LoginThrottlePolicy.DEFAULT;

  @BeforeAll
  static void start() {
    pg = new PgTestSupport("throttle");
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  @Test
  void fifthFailureLocksForFifteenMinutes() {
    for (int i = 1; i <= 4; i++) {
      assertThat(repo.recordFailure(pg.pool, "siti", policy).await()).isEqualTo(i);
      assertThat(repo.remainingLock(pg.pool, "siti").await()).isEmpty();
    }
    assertThat(repo.recordFailure(pg.pool, "siti", policy).await()).isEqualTo(5);
    Duration remaining = repo.remainingLock(pg.pool, "siti").await().orElseThrow();
    assertThat(remaining).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    assertThat(repo.remainingLock(pg.pool, "budi").await()).isEmpty();
  }

  @Test
  void concurrentFailuresAreAllCounted() {
    List<Future<Integer>> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(repo.recordFailure(pg.pool, "ani", new LoginThrottlePolicy(100, Duration.ofMinutes(15), Duration.ofMinutes(15))));
    }
    Future.all(all).await();
    assertThat(all.stream().map(Future::result)).containsExactlyInAnyOrderElementsOf(
        java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
  }

  @Test
  void anExpiredLockStartsCountingAfresh() {
    for (int i = 0; i < 5; i++) {
      repo.recordFailure(pg.pool, "joko", policy).await();
    }
    pg.pool.preparedQuery("UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE username = $1")
        .execute(Tuple.of("joko")).await();
    assertThat(repo.remainingLock(pg.pool, "joko").await()).isEmpty();
    assertThat(repo.recordFailure(pg.pool, "joko", policy).await()).isEqualTo(1);
  }

  @Test
  void oldFailuresOutsideTheWindowAreForgotten() {
    repo.recordFailure(pg.pool, "wati", policy).await();
    repo.recordFailure(pg.pool, "wati", policy).await();
    pg.pool.preparedQuery("UPDATE login_throttle SET last_failure_at = now() - interval '16 minutes' WHERE username = $1")
        .execute(Tuple.of("wati")).await();
    assertThat(repo.recordFailure(pg.pool, "wati", policy).await()).isEqualTo(1);
  }

  @Test
  void clearForgetsFailures() {
    repo.recordFailure(pg.pool, "rudi", policy).await();
    repo.clear(pg.pool, "rudi").await();
    assertThat(repo.recordFailure(pg.pool, "rudi", policy).await()).isEqualTo(1);
  }
}
