package id.ngopeni.domain.payout;

import static id.ngopeni.domain.payout.PayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.claim.BenefitRules;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.ClaimType;
import id.ngopeni.domain.claim.CoverageFacts;
import id.ngopeni.domain.claim.Entitlement;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayoutRulesTest {
  static final Heir SPOUSE = new Heir(UUID.randomUUID(), "Siti", null, HeirRelationship.SPOUSE, null);
  static final Heir PARENT = new Heir(UUID.randomUUID(), "Sri", null, HeirRelationship.PARENT, null);
  static final List<Heir> HEIRS = List.of(SPOUSE, PARENT);
  static final Claim CLAIM = claim(ClaimStatus.VERIFIED);

  static Entitlement entitlement(long income) {
    CoverageFacts facts =
        new CoverageFacts(LocalDate.of(2020, 1, 1), null, Set.of(Program.JKK, Program.JKM), Rupiah.of(income), null);
    return BenefitRules.entitlement(ClaimType.JKK_DEATH, facts, LocalDate.of(2025, 5, 1), null);
  }

  static final Entitlement JKK_70M = entitlement(1_000_000); // Rp70.000.000

  static PayoutRequest request(Heir heir, Rupiah amount) {
    return new PayoutRequest(heir.id(), "014", "1234567890", "Siti Aminah", amount);
  }

  static Payout create(PayoutRequest request, Entitlement entitlement, List<Payout> existing) {
    return PayoutRules.create(request, CLAIM, entitlement, existing, HEIRS, MAKER, NOW);
  }

  /** A payout of {@link #CLAIM} that has reached {@code status}. */
  static Payout existing(long amount, PayoutStatus status) {
    return new Payout(UUID.randomUUID(), CLAIM.id(), SPOUSE.id(), ACCOUNT, Rupiah.of(amount), status, MAKER,
        NOW, null, null, null, null, null, 0);
  }

  @Test
  void createsAPendingPayoutForWhatIsLeft() {
    Payout p = create(request(SPOUSE, null), JKK_70M, List.of());

    assertThat(p.status()).isEqualTo(PayoutStatus.PENDING_APPROVAL);
    assertThat(p.amount()).isEqualTo(Rupiah.of(70_000_000));
    assertThat(p.claimId()).isEqualTo(CLAIM.id());
    assertThat(p.heirId()).isEqualTo(SPOUSE.id());
    assertThat(p.createdBy()).isEqualTo(MAKER);
    assertThat(p.account()).isEqualTo(ACCOUNT);
    assertThat(p.decidedBy()).isNull();
    assertThat(p.version()).isZero();
  }

  @Test
  void theDefaultIsWhatIsLeftAfterPayoutsThatStillHoldTheirShare() {
    List<Payout> same = List.of(
        existing(30_000_000, PayoutStatus.PAID),
        existing(5_000_000, PayoutStatus.FAILED),
        existing(20_000_000, PayoutStatus.REJECTED),
        existing(20_000_000, PayoutStatus.CANCELLED));

    assertThat(PayoutRules.remaining(JKK_70M, same)).isEqualTo(Rupiah.of(35_000_000));
    assertThat(create(request(SPOUSE, null), JKK_70M, same).amount()).isEqualTo(Rupiah.of(35_000_000));
  }

  @Test
  void anAmountUpToWhatIsLeftIsAccepted() {
    assertThat(create(request(SPOUSE, Rupiah.of(70_000_000)), JKK_70M, List.of()).amount())
        .isEqualTo(Rupiah.of(70_000_000));
  }

  @Test
  void oneRupiahMoreThanIsLeftIsRefused() {
    assertThatThrownBy(() -> create(request(SPOUSE, Rupiah.of(70_000_001)), JKK_70M, List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> {
          assertThat(e.code()).isEqualTo("amount_exceeds_entitlement");
          assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
        });
  }

  @Test
  void nothingLeftIsAConflict() {
    List<Payout> all = List.of(existing(70_000_000, PayoutStatus.APPROVED));
    assertThatThrownBy(() -> create(request(SPOUSE, null), JKK_70M, all))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("entitlement_exhausted"));
  }

  @Test
  void aDefaultAmountAboveTheBiFastCapIsCappedSoRepeatingSplitsIt() {
    Entitlement big = entitlement(20_700_000); // Rp993.600.000 + Rp22.000.000
    List<Payout> made = new ArrayList<>();
    while (PayoutRules.remaining(big, made).isGreaterThan(Rupiah.ZERO)) {
      made.add(create(request(SPOUSE, null), big, made));
    }
    assertThat(made).extracting(Payout::amount).containsExactly(
        Rupiah.of(250_000_000), Rupiah.of(250_000_000), Rupiah.of(250_000_000),
        Rupiah.of(250_000_000), Rupiah.of(15_600_000));
  }

  @Test
  void anExplicitAmountAboveTheBiFastCapIsRefused() {
    Entitlement big = entitlement(20_700_000);
    assertThat(create(request(SPOUSE, Rupiah.of(250_000_000)), big, List.of()).amount()).isEqualTo(Rupiah.of(250_000_000));
    assertThatThrownBy(() -> create(request(SPOUSE, Rupiah.of(250_000_001)), big, List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo("amount_exceeds_transfer_limit"));
  }

  @ParameterizedTest
  @EnumSource(value = ClaimStatus.class, names = "VERIFIED", mode = EnumSource.Mode.EXCLUDE)
  void theClaimMustBeVerified(ClaimStatus status) {
    assertThatThrownBy(() -> PayoutRules.create(request(SPOUSE, null), claim(status), JKK_70M, List.of(), HEIRS, MAKER, NOW))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("claim_not_verified"));
  }

  @Test
  void theBeneficiaryMustBeOfTheHighestClassRegistered() {
    assertThatThrownBy(() -> create(request(PARENT, null), JKK_70M, List.of()))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("heir_not_highest_priority"));
  }

  @Test
  void theBeneficiaryMustBeRegistered() {
    Heir stranger = new Heir(UUID.randomUUID(), "X", null, HeirRelationship.SPOUSE, null);
    assertThatThrownBy(() -> create(request(stranger, null), JKK_70M, List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("heir_not_registered"));
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    PayoutRequest bad = new PayoutRequest(null, "999", "12ab", "X", Rupiah.ZERO);
    assertThatThrownBy(() -> create(bad, JKK_70M, List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
            .extracting(FieldError::field, FieldError::code)
            .containsExactly(
                tuple("heirId", "heir_required"),
                tuple("bankCode", "bank_unknown"),
                tuple("accountNumber", "account_number_invalid"),
                tuple("accountName", "account_name_invalid"),
                tuple("amount", "amount_not_positive")));
  }

  @Test
  void aNegativeAmountIsRefused() {
    assertThatThrownBy(() -> create(request(SPOUSE, Rupiah.of(-1)), JKK_70M, List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("amount_not_positive"));
  }

  @Test
  void payoutsOfAnotherClaimAreAProgrammingError() {
    Payout other = payout(PayoutStatus.PAID, null);
    assertThatThrownBy(() -> create(request(SPOUSE, null), JKK_70M, List.of(other)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
