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
  void aCachedTokenStopsWorkingWhenItExpires() {
    java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(Instant.now());
    java.time.Clock clock = new java.time.Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public java.time.Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    TokenService tokens = new TokenService(vertx, keys, "ngopeni", "ngopeni-api", Duration.ofSeconds(1), clock);
    String token = tokens.issue(user(), 1);
    assertThat(tokens.verify(token).await().role()).isEqualTo(Role.OPERATOR);
    assertThat(tokens.verify(token).await().role()).isEqualTo(Role.OPERATOR); // from the cache
    now.set(now.get().plusSeconds(5)); // past exp, within the 5 s clock-skew leeway
    assertThat(tokens.verify(token).await().role()).isEqualTo(Role.OPERATOR);
    now.set(now.get().plusSeconds(2)); // past exp and the leeway
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
