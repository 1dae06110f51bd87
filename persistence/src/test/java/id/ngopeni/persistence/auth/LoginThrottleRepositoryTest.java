package id.ngopeni.persistence.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.user.LoginThrottlePolicy;
import id.ngopeni.persistence.auth.LoginThrottleRepository.Attempt;
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

  private Attempt reserve(String user, String address) {
    return repo.reserve(pg.pool, user, address, policy).await();
  }

  @Test
  void fiveAttemptsRunThenThePairIsLockedForFifteenMinutes() {
    for (int i = 1; i <= 5; i++) {
      assertThat(reserve("siti", "10.0.0.1").allowed()).as("attempt %d", i).isTrue();
    }
    Attempt sixth = reserve("siti", "10.0.0.1");
    assertThat(sixth.allowed()).isFalse();
    assertThat(sixth.retryAfter()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    assertThat(reserve("siti", "10.0.0.2").allowed()).as("another address is not locked out").isTrue();
    assertThat(reserve("budi", "10.0.0.1").allowed()).isTrue();
  }

  @Test
  void parallelAttemptsAreReservedOneByOne() {
    List<Future<Attempt>> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      all.add(repo.reserve(pg.pool, "ani", "10.0.0.3", policy));
    }
    Future.all(all).await();
    assertThat(all.stream().filter(f -> f.result().allowed()).count()).isEqualTo(5);
  }

  @Test
  void manyAddressesTogetherLockTheUsernameAtTheAccountLimit() {
    LoginThrottlePolicy small = new LoginThrottlePolicy(2, Duration.ofMinutes(15), Duration.ofMinutes(15), 4, 10,
        Duration.ofHours(1), Duration.ofMinutes(15));
    for (int i = 0; i < 4; i++) {
      assertThat(repo.reserve(pg.pool, "dewi", "10.1.0." + i, small).await().allowed()).isTrue();
    }
    assertThat(repo.reserve(pg.pool, "dewi", "10.1.0.99", small).await().allowed()).isFalse();
  }

  @Test
  void anAddressIsSlowedProgressivelyAfterItsFreeAttempts() {
    for (int i = 0; i < policy.addressFreeFailures(); i++) {
      assertThat(repo.reserveAddress(pg.pool, "10.2.0.1", policy).await().allowed()).isTrue();
    }
    assertThat(repo.reserveAddress(pg.pool, "10.2.0.1", policy).await().allowed()).as("earns a 1 s wait").isTrue();
    Attempt next = repo.reserveAddress(pg.pool, "10.2.0.1", policy).await();
    assertThat(next.allowed()).isFalse();
    assertThat(next.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(repo.reserveAddress(pg.pool, "10.2.0.2", policy).await().allowed()).isTrue();
    assertThat(policy.addressDelay(policy.addressFreeFailures() + 3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.addressDelay(200)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anExpiredLockStartsCountingAfresh() {
    for (int i = 0; i < 5; i++) {
      reserve("joko", "10.0.0.4");
    }
    pg.pool.preparedQuery("UPDATE login_throttle_source SET locked_until = now() - interval '1 second' WHERE username = $1")
        .execute(Tuple.of("joko")).await();
    assertThat(reserve("joko", "10.0.0.4").allowed()).isTrue();
  }

  @Test
  void aSuccessForgetsTheFailuresAndGivesTheAddressItsAttemptBack() {
    for (int i = 0; i < 4; i++) {
      reserve("rudi", "10.0.0.5");
    }
    repo.reserveAddress(pg.pool, "10.0.0.5", policy).await();
    repo.succeeded(pg.pool, "rudi", "10.0.0.5", policy).await();
    for (int i = 0; i < 5; i++) {
      assertThat(reserve("rudi", "10.0.0.5").allowed()).isTrue();
    }
    Integer left = pg.pool.preparedQuery("SELECT failures FROM login_throttle_address WHERE address = $1")
        .execute(Tuple.of("10.0.0.5")).await().iterator().next().getInteger(0);
    assertThat(left).isZero();
  }
}
