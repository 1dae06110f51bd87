package id.ngopeni.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.Unauthenticated;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.user.Authority;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-instance cache of users' rows: when it may answer, and when it must read the row. */
class SessionsTest {
  private static final UUID ID = UUID.randomUUID();
  private static final Caller TOKEN = new Caller(ID, "from-token", Role.APPROVER, List.of(), Long.MAX_VALUE, 3);

  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicBoolean listening = new AtomicBoolean(true);
  private Authority stored = row(Role.APPROVER, true, 3);
  private final Queue<Promise<Optional<Authority>>> pending = new ArrayDeque<>();
  private boolean deferLoads;

  private final Sessions sessions = new Sessions(id -> {
    loads.incrementAndGet();
    if (deferLoads) {
      Promise<Optional<Authority>> promise = Promise.promise();
      pending.add(promise);
      return promise.future();
    }
    return Future.succeededFuture(Optional.of(stored));
  });

  {
    sessions.trustCacheWhile(listening::get);
  }

  private static Authority row(Role role, boolean active, long sessionVersion) {
    return new Authority(ID, "stored", role, List.of(), active, sessionVersion);
  }

  @Test
  void theCallerCarriesTheStoredRoleAndNameAndTheCacheAnswersRepeats() {
    stored = row(Role.AUDITOR, true, 3);
    Caller caller = sessions.check(TOKEN).await();
    assertThat(caller.role()).isEqualTo(Role.AUDITOR);
    assertThat(caller.username()).isEqualTo("stored");
    sessions.check(TOKEN).await();
    sessions.check(TOKEN).await();
    assertThat(loads).hasValue(1);
  }

  @Test
  void aNotifiedChangeIsReadAgainAndAnotherVersionEndsTheSession() {
    sessions.check(TOKEN).await();
    stored = row(Role.APPROVER, true, 4);
    sessions.changed(ID);
    assertThatThrownBy(() -> sessions.check(TOKEN).await()).isInstanceOf(Unauthenticated.class);
    assertThat(loads).hasValue(2);
  }

  @Test
  void aDisabledUserIsRefused() {
    stored = row(Role.APPROVER, false, 3);
    assertThatThrownBy(() -> sessions.check(TOKEN).await()).isInstanceOf(Unauthenticated.class);
  }

  @Test
  void whileNotListeningEveryRequestReadsTheRowAndNothingIsKept() {
    listening.set(false);
    sessions.check(TOKEN).await();
    sessions.check(TOKEN).await();
    assertThat(loads).hasValue(2);
    assertThat(sessions.cachedRows()).isZero();
  }

  @Test
  void aRowReadBeforeANotificationIsNotKeptAfterIt() {
    deferLoads = true;
    Future<Caller> inFlight = sessions.check(TOKEN);
    sessions.changed(ID); // the change committed while the row was being read
    pending.remove().complete(Optional.of(row(Role.APPROVER, true, 3)));
    inFlight.await();
    assertThat(sessions.cachedRows()).isZero();
    deferLoads = false;
    stored = row(Role.APPROVER, true, 4);
    assertThatThrownBy(() -> sessions.check(TOKEN).await()).isInstanceOf(Unauthenticated.class);
  }

  @Test
  void aResubscriptionForgetsEverything() {
    sessions.check(TOKEN).await();
    sessions.resync();
    sessions.check(TOKEN).await();
    assertThat(loads).hasValue(2);
  }

  /** A request whose user is cached costs a map lookup: many checks, one load of the row. */
  @Test
  void aCacheHitCostsAMapLookup() {
    sessions.check(TOKEN).await();
    for (int i = 0; i < 10_000; i++) {
      sessions.check(TOKEN);
    }
    assertThat(loads).hasValue(1);
  }
}
