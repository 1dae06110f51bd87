package id.ngopeni.domain.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecreeRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");
  private final UUID maker = UUID.randomUUID();
  private final UUID checker = UUID.randomUUID();

  private DecreeChange proposal() {
    return DecreeChange.propose(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ChangeReason.DIED, null, maker, NOW);
  }

  @Test
  void theMakerCanNeverDecideTheirOwnChangeWhateverTheirRole() {
    DecreeChange c = proposal();
    assertThatThrownBy(() -> c.approve(maker, Role.APPROVER, NOW)).isInstanceOfSatisfying(Forbidden.class,
        f -> assertThat(f.errorCode()).isEqualTo(DecreeError.DECREE_SELF_APPROVAL_FORBIDDEN));
    assertThatThrownBy(() -> c.reject(maker, Role.ADMIN, "no", NOW)).isInstanceOfSatisfying(Forbidden.class,
        f -> assertThat(f.errorCode()).isEqualTo(DecreeError.DECREE_SELF_APPROVAL_FORBIDDEN));
    assertThatThrownBy(() -> c.approve(checker, Role.OPERATOR, NOW)).isInstanceOfSatisfying(Forbidden.class,
        f -> assertThat(f.errorCode()).isEqualTo(UserError.ROLE_FORBIDDEN));
    DecreeChange approved = c.approve(checker, Role.APPROVER, NOW);
    assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
    assertThat(approved.version()).isEqualTo(2);
    assertThatThrownBy(() -> approved.reject(checker, Role.APPROVER, "late", NOW)).isInstanceOf(Conflict.class);
  }

  @Test
  void aReasonMustBeOfTheListForItsKind() {
    assertThat(ChangeReason.of("MOVED_AWAY", ChangeKind.REMOVE)).isEqualTo(ChangeReason.MOVED_AWAY);
    assertThat(ChangeReason.of("REPLACEMENT", ChangeKind.ADD)).isEqualTo(ChangeReason.REPLACEMENT);
    assertThatThrownBy(() -> ChangeReason.of("REPLACEMENT", ChangeKind.REMOVE)).isInstanceOf(Invalid.class);
    assertThatThrownBy(() -> ChangeReason.of(null, ChangeKind.REMOVE)).isInstanceOfSatisfying(Invalid.class,
        i -> assertThat(i.errors().get(0).message()).startsWith("A reason is required.").contains("DIED"));
  }

  @Test
  void aYearBeforeTodaysIsClosed() {
    Violations v = new Violations();
    DecreeRules.checkHeader("188/1", TODAY, 2025, null, TODAY, v);
    assertThat(v.errors()).extracting(e -> e.field() + ":" + e.errorCode().code()).containsExactly("year:decree_year_closed");
    Violations next = new Violations();
    DecreeRules.checkHeader("188/1", TODAY, 2027, null, TODAY, next);
    assertThat(next.isEmpty()).isTrue();
  }

  @Test
  void theSignedListShowsTheFirstFourAndLastFourDigits() {
    assertThat(DecreeRules.maskNik("3573021234567890")).isEqualTo("3573••••••••7890");
    assertThat(DecreeRules.maskNik("123")).isEqualTo("••••••••••••••••");
    assertThat(DecreeRules.maskNik(null)).isEqualTo("••••••••••••••••");
  }

  @Test
  void reverificationNamesEveryReasonAWorkerFails() {
    var fine = new Reverification.Facts(false, "MARBOT", "MARBOT", "35.73.02.1001", "35.73.05.1003", 3, 5);
    assertThat(Reverification.check(fine)).isEmpty();
    var all = new Reverification.Facts(true, "MARBOT", "LINMAS", "35.73.02.1001", "35.07.01.2001", 7, 5);
    assertThat(Reverification.check(all)).containsExactly(NotReverified.DIED, NotReverified.CATEGORY_CHANGED,
        NotReverified.LEFT_AREA, NotReverified.DECILE_ABOVE_POLICY);
    var unknown = new Reverification.Facts(false, "MARBOT", "MARBOT", "35.73.02.1001", "35.73.02.1001", null, 5);
    assertThat(Reverification.check(unknown)).containsExactly(NotReverified.NOT_IN_DTSEN);
    var noPolicy = new Reverification.Facts(false, "MARBOT", "MARBOT", "35.73.02.1001", "35.73.02.1001", null, null);
    assertThat(Reverification.check(noPolicy)).isEmpty();
  }
}
