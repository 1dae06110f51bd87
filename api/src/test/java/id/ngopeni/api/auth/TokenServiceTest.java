package id.ngopeni.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.Unauthenticated;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.user.User;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verified-token cache never outlives a token and never serves a different token. */
class TokenServiceTest {
  private Vertx vertx;
  private JwtKeys keys;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    keys = JwtKeys.load(Optional.empty(), Optional.empty(), Files.createTempDirectory("ngopeni-keys"));
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  private static User user() {
    return new User(UUID.randomUUID(), "siti", Role.OPERATOR, List.of(), true, 1, Instant.now(), Instant.now());
  }

  @Test
  void aCachedTokenStopsWorkingWhenItExpires() throws Exception {
    TokenService tokens = new TokenService(vertx, keys, "ngopeni", "ngopeni-api", Duration.ofSeconds(1));
    String token = tokens.issue(user(), 1);
    assertThat(tokens.verify(token).await().role()).isEqualTo(Role.OPERATOR);
    assertThat(tokens.verify(token).await().role()).isEqualTo(Role.OPERATOR); // from the cache
    Thread.sleep(7_000); // past exp and the 5 s clock-skew leeway
    assertThatThrownBy(() -> tokens.verify(token).await()).isInstanceOf(Unauthenticated.class);
  }

  @Test
  void aTokenVerifiedOnceDoesNotVouchForAnAlteredCopy() {
    TokenService tokens = new TokenService(vertx, keys, "ngopeni", "ngopeni-api", Duration.ofMinutes(15));
    String token = tokens.issue(user(), 1);
    tokens.verify(token).await();
    String[] parts = token.split("\\.");
    String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    assertThatThrownBy(() -> tokens.verify(otherSignature).await()).isInstanceOf(Unauthenticated.class);
    assertThatThrownBy(() -> tokens.verify(token + "x").await()).isInstanceOf(Unauthenticated.class);
  }

  @Test
  void anotherInstancesKeyIsNotTrustedThroughTheCache() throws Exception {
    TokenService ours = new TokenService(vertx, keys, "ngopeni", "ngopeni-api", Duration.ofMinutes(15));
    JwtKeys foreignKeys = JwtKeys.load(Optional.empty(), Optional.empty(), Files.createTempDirectory("ngopeni-foreign"));
    TokenService foreign = new TokenService(vertx, foreignKeys, "ngopeni", "ngopeni-api", Duration.ofMinutes(15));
    String forged = foreign.issue(user(), 1);
    foreign.verify(forged).await();
    assertThatThrownBy(() -> ours.verify(forged).await()).isInstanceOf(Unauthenticated.class);
  }
}
