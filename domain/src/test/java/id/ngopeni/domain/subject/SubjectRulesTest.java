package id.ngopeni.domain.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubjectRulesTest {
  private static final Instant ASKED = Instant.parse("2026-03-02T02:00:00Z");
  private static final UUID WORKER = UUID.randomUUID();

  private static String code(Throwable e) {
    return e instanceof Invalid i ? i.errors().get(0).field() + ":" + i.errors().get(0).code() : ((Conflict) e).code();
  }

  @Test
  void uuPdpPasal41AndPasal30GiveThreeTimesTwentyFourHoursFromTheRequestNotWorkingDays() {
    assertThat(SubjectClock.dueBy(ASKED)).isEqualTo(Instant.parse("2026-03-05T02:00:00Z"));
    assertThat(SubjectClock.overdue(SubjectClock.dueBy(ASKED), ASKED.plus(Duration.ofHours(72)))).isFalse();
    assertThat(SubjectClock.overdue(SubjectClock.dueBy(ASKED), ASKED.plus(Duration.ofHours(72)).plusSeconds(1))).isTrue();
  }

  @Test
  void aRequestTimeDefaultsToNowAndCannotLieInTheFuture() {
    Instant now = Instant.parse("2026-03-02T05:00:00Z");
    assertThat(SubjectClock.requestedAt(null, now)).isEqualTo(now);
    assertThat(SubjectClock.requestedAt(ASKED, now)).isEqualTo(ASKED);
    assertThat(SubjectClock.requestedAt(now.plusSeconds(60), now)).as("a clock a minute fast").isEqualTo(now.plusSeconds(60));
    assertThatThrownBy(() -> SubjectClock.requestedAt(now.plus(Duration.ofHours(1)), now))
        .satisfies(e -> assertThat(code(e)).isEqualTo("requestedAt:in_future"));
  }

  @Test
  void aRestrictionIsAppliedOnceAndLiftedOnceWithItsClockKept() {
    Restriction requested = Restriction.request(UUID.randomUUID(), WORKER, "Surat permohonan", ASKED);
    assertThat(requested.status()).isEqualTo(RestrictionStatus.REQUESTED);
    assertThat(requested.overdue(ASKED.plus(Duration.ofHours(73)))).isTrue();
    Restriction late = requested.apply(ASKED.plus(Duration.ofHours(80)));
    assertThat(late.status()).isEqualTo(RestrictionStatus.APPLIED);
    assertThat(late.appliedLate()).isTrue();
    assertThat(late.overdue(ASKED.plus(Duration.ofDays(9)))).as("applied: the clock has stopped").isFalse();
    assertThatThrownBy(() -> late.apply(ASKED)).satisfies(e -> assertThat(code(e)).isEqualTo("restriction_not_requested"));
    Restriction lifted = late.lift(ASKED.plus(Duration.ofDays(10)), "Dicabut atas permintaan");
    assertThat(lifted.status()).isEqualTo(RestrictionStatus.LIFTED);
    assertThat(lifted.appliedAt()).isEqualTo(late.appliedAt());
    assertThatThrownBy(() -> lifted.lift(ASKED, "lagi")).satisfies(e -> assertThat(code(e)).isEqualTo("restriction_lifted"));
    assertThat(requested.lift(ASKED, "Ditarik").status()).as("withdrawn before it applied").isEqualTo(RestrictionStatus.LIFTED);
    assertThat(requested.apply(ASKED.plus(Duration.ofHours(1))).appliedLate()).isFalse();
  }

  @Test
  void eachKindOfProcessingIsRefusedWithTheSameStableCode() {
    for (Processing p : Processing.values()) {
      assertThatThrownBy(() -> p.refuse(true)).isInstanceOf(Conflict.class)
          .satisfies(e -> assertThat(((Conflict) e).code()).isEqualTo("person_restricted"));
      p.refuse(false);
    }
  }

  @Test
  void aCorrectionIsAppliedOnlyAfterTheEditAndRejectedOnlyWithANote() {
    CorrectionRequest open = CorrectionRequest.record(UUID.randomUUID(), WORKER, CorrectableField.FULL_NAME,
        " Siti Aminah ", "Salah ketik", ASKED);
    assertThat(open.requestedValue()).isEqualTo("Siti Aminah");
    assertThat(open.dueBy()).isEqualTo(SubjectClock.dueBy(ASKED));
    assertThatThrownBy(() -> open.resolve(CorrectionStatus.APPLIED, null, ASKED))
        .satisfies(e -> assertThat(code(e)).isEqualTo("correction_not_edited"));
    assertThatThrownBy(() -> open.resolve(CorrectionStatus.REJECTED, " ", ASKED))
        .satisfies(e -> assertThat(code(e)).isEqualTo("note:required"));
    CorrectionRequest rejected = open.resolve(CorrectionStatus.REJECTED, "Sudah sesuai KTP", ASKED);
    assertThat(rejected.status()).isEqualTo(CorrectionStatus.REJECTED);
    assertThatThrownBy(() -> rejected.resolve(CorrectionStatus.REJECTED, "lagi", ASKED))
        .satisfies(e -> assertThat(code(e)).isEqualTo("correction_not_open"));
    CorrectionRequest edited = new CorrectionRequest(open.id(), WORKER, open.field(), open.requestedValue(), open.reason(),
        CorrectionStatus.OPEN, ASKED, open.dueBy(), ASKED.plusSeconds(60), null, null, 2);
    assertThat(edited.resolve(CorrectionStatus.APPLIED, null, ASKED.plusSeconds(90)).status()).isEqualTo(CorrectionStatus.APPLIED);
    assertThatThrownBy(() -> open.checkEditOf(UUID.randomUUID()))
        .satisfies(e -> assertThat(code(e)).isEqualTo("correctionId:correction_other_worker"));
  }

  @Test
  void aRequestedNikOrPhoneIsKeptMaskedSoNoNewCopyOfAnIdentifierIsStoredInClear() {
    assertThat(CorrectableField.NIK.kept("3573024206750013")).isEqualTo("3573••••••••0013");
    assertThat(CorrectableField.PHONE.kept("081234567890")).isEqualTo("0812•••••890");
    assertThat(CorrectableField.ADDRESS.kept("Jl. Kawi 3")).isEqualTo("Jl. Kawi 3");
    assertThat(CorrectableField.parse("fullName")).isEqualTo(CorrectableField.FULL_NAME);
    assertThatThrownBy(() -> CorrectableField.parse("role")).satisfies(e -> assertThat(code(e)).isEqualTo("field:value_unknown"));
    assertThatThrownBy(() -> CorrectableField.ADDRESS.kept(" ")).satisfies(e -> assertThat(code(e)).isEqualTo("requestedValue:required"));
    assertThatThrownBy(() -> CorrectableField.ADDRESS.kept("x".repeat(501)))
        .satisfies(e -> assertThat(code(e)).isEqualTo("requestedValue:too_long"));
  }

  @Test
  void subjectRequestsAreHandledByTheRolesThatCorrectOnAPersonsRequestAndNeverExportedInFull() {
    assertThat(RevealPolicy.subjectRequestHandlers()).containsExactlyInAnyOrder(Role.ADMIN, Role.OPERATOR);
    assertThat(RevealPolicy.mayReveal(Role.AUDITOR, Purpose.SUBJECT_REQUEST)).isFalse();
    assertThat(RevealPolicy.mayReveal(Role.FIELD_OFFICER, Purpose.SUBJECT_REQUEST)).isFalse();
    assertThatThrownBy(() -> RevealPolicy.checkFullExport(Role.ADMIN, Purpose.SUBJECT_REQUEST)).isInstanceOf(Forbidden.class);
  }
}
