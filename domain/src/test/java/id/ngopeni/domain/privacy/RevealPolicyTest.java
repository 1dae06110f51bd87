package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.user.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevealPolicyTest {
  @Test
  void aFieldOfficerMayVerifyThePersonInFrontOfThemButNotPayThem() {
    assertThatCode(() -> RevealPolicy.checkReveal(Role.FIELD_OFFICER, Purpose.VERIFICATION)).doesNotThrowAnyException();
    assertThatThrownBy(() -> RevealPolicy.checkReveal(Role.FIELD_OFFICER, Purpose.PAYOUT)).isInstanceOf(Forbidden.class);
  }

  @Test
  void anAuditorSeesWhoReadNeverTheIdentifiers() {
    assertThat(RevealPolicy.purposes(Role.AUDITOR)).isEmpty();
    for (Purpose p : Purpose.values()) {
      assertThat(RevealPolicy.mayReveal(Role.AUDITOR, p)).isFalse();
    }
  }

  @Test
  void everyRoleButTheAuditorMayRevealForSomePurpose() {
    assertThat(RevealPolicy.revealers()).containsExactlyInAnyOrder(Role.ADMIN, Role.OPERATOR, Role.APPROVER,
        Role.FIELD_OFFICER);
  }

  @Test
  void anOperatorMayRevealForEveryPurposeAndAnApproverForPayoutsOnly() {
    assertThat(RevealPolicy.purposes(Role.OPERATOR)).containsExactlyInAnyOrder(Purpose.values());
    assertThat(RevealPolicy.purposes(Role.APPROVER)).containsExactly(Purpose.PAYOUT);
  }

  @Test
  void aFullExportIsForOperatorsAndAdminsWithAPurposeTheyMayRevealFor() {
    assertThatCode(() -> RevealPolicy.checkFullExport(Role.ADMIN, Purpose.BPJS_REGISTRATION)).doesNotThrowAnyException();
    assertThatThrownBy(() -> RevealPolicy.checkFullExport(Role.ADMIN, Purpose.PAYOUT)).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> RevealPolicy.checkFullExport(Role.FIELD_OFFICER, Purpose.VERIFICATION))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void aBankAccountIsShownInFullOnlyForPayoutToTheRolesThatPay() {
    assertThatCode(() -> RevealPolicy.checkAccountReveal(Role.APPROVER, Purpose.PAYOUT)).doesNotThrowAnyException();
    assertThatCode(() -> RevealPolicy.checkAccountReveal(Role.OPERATOR, Purpose.PAYOUT)).doesNotThrowAnyException();
    for (Purpose other : Purpose.values()) {
      if (other != Purpose.PAYOUT) {
        assertThatThrownBy(() -> RevealPolicy.checkAccountReveal(Role.OPERATOR, other)).isInstanceOf(Forbidden.class);
      }
    }
    for (Role role : List.of(Role.ADMIN, Role.AUDITOR, Role.FIELD_OFFICER)) {
      assertThatThrownBy(() -> RevealPolicy.checkAccountReveal(role, Purpose.PAYOUT)).isInstanceOf(Forbidden.class);
    }
  }

  @Test
  void aPurposeIsOneOfTheFixedList() {
    assertThat(Purpose.parse("purpose", " claim_filing ")).isEqualTo(Purpose.CLAIM_FILING);
    assertThatThrownBy(() -> Purpose.parse("purpose", "curiosity")).isInstanceOf(Invalid.class)
        .satisfies(e -> assertThat(((Invalid) e).errors().get(0).code()).isEqualTo("purpose_invalid"));
    assertThatThrownBy(() -> Purpose.parse("purpose", " ")).isInstanceOf(Invalid.class)
        .satisfies(e -> assertThat(((Invalid) e).errors().get(0).code()).isEqualTo("purpose_required"));
  }
}
