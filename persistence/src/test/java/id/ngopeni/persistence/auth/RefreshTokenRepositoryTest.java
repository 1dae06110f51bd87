package id.ngopeni.persistence.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.testing.PgTestSupport;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RefreshTokenRepositoryTest {
  private static PgTestSupport pg;
  private static UUID userId;
  private final RefreshTokenRepository repo = new RefreshTokenRepository();

  @BeforeAll
  static void start() {
    pg = new PgTestSupport("refresh");
    userId = new UserRepository().insert(pg.pool, Ids.newId(), "operator1", "x", Role.OPERATOR, List.of()).await().id();
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  private static byte[] token(int i) {
    byte[] b = new byte[32];
    b[0] = (byte) i;
    b[1] = (byte) (i >> 8);
    b[31] = 42;
    return b;
  }

  @Test
  void ofManyConcurrentSpendsExactlyOneWins() {
    UUID family = Ids.newId();
    repo.insert(pg.pool, token(1), family, userId, Duration.ofDays(1), false).await();
    List<Future<Optional<RefreshTokenRepository.Spent>>> spends = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      spends.add(repo.spend(pg.pool, token(1)));
    }
    Future.all(spends).await();
    assertThat(spends.stream().filter(f -> f.result().isPresent()).count()).isEqualTo(1);
    assertThat(repo.familyOfSpent(pg.pool, token(1)).await()).contains(family);
  }

  @Test
  void revokedAndExpiredTokensCannotBeSpent() {
    UUID family = Ids.newId();
    repo.insert(pg.pool, token(2), family, userId, Duration.ofDays(1), false).await();
    repo.insert(pg.pool, token(3), family, userId, Duration.ofDays(1), false).await();
    repo.revokeFamily(pg.pool, family).await();
    assertThat(repo.spend(pg.pool, token(2)).await()).isEmpty();
    assertThat(repo.spend(pg.pool, token(3)).await()).isEmpty();

    repo.insert(pg.pool, token(4), Ids.newId(), userId, Duration.ofSeconds(-1), false).await();
    assertThat(repo.spend(pg.pool, token(4)).await()).isEmpty();
  }

  @Test
  void unknownTokensAreNeitherSpentNorKnownAsSpent() {
    assertThat(repo.spend(pg.pool, token(999)).await()).isEmpty();
    assertThat(repo.familyOfSpent(pg.pool, token(999)).await()).isEmpty();
  }
}
