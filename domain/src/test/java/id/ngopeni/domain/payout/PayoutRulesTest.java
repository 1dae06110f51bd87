package id.ngopeni.domain.payout;

import static id.ngopeni.domain.payout.PayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A payout is made from a city santunan entitlement only, within it and within the programme's budget. */
class PayoutRulesTest {
  static final Heir SPOUSE = new Heir(UUID.randomUUID(), "Siti", null, HeirRelationship.SPOUSE, null);
  static final Heir PARENT = new Heir(UUID.randomUUID(), "Sri", null, HeirRelationship.PARENT, null);
  static final List<Heir> HEIRS = List.of(SPOUSE, PARENT);
  static final SantunanEntitlement DEATH_10M = entitlement(EventKind.DEATH, 10_000_000);
  static final Rupiah CEILING = Rupiah.of(100_000_000);

  static PayoutRequest request(Heir heir, Rupiah amount) {
    return new PayoutRequest(heir == null ? null : heir.id(), "014", "1234567890", "Siti Aminah", amount);
  }

  static Payout create(PayoutRequest request, SantunanEntitlement entitlement, List<Payout> existing) {
    return PayoutRules.create(request, entitlement, existing, HEIRS, CEILING, Rupiah.ZERO, MAKER, NOW);
  }

  /** A payout of {@code entitlement} that has reached {@code status}. */
  static Payout existing(SantunanEntitlement entitlement, long amount, PayoutStatus status) {
    return new Payout(UUID.randomUUID(), null, entitlement.id(), SPOUSE.id(), ACCOUNT, Rupiah.of(amount), status, MAKER,
        NOW, null, null, null, null, null, 0);
  }

  @Test
  void createsAPendingPayoutOfTheEntitlementToTheHighestHeir() {
    Payout p = create(request(SPOUSE, null), DEATH_10M, List.of());

    assertThat(p.status()).isEqualTo(PayoutStatus.PENDING_APPROVAL);
    assertThat(p.amount()).isEqualTo(Rupiah.of(10_000_000));
    assertThat(p.entitlementId()).isEqualTo(DEATH_10M.id());
    assertThat(p.claimId()).isNull();
    assertThat(p.heirId()).isEqualTo(SPOUSE.id());
    assertThat(p.createdBy()).isEqualTo(MAKER);
    assertThat(p.account()).isEqualTo(ACCOUNT);
    assertThat(p.decidedBy()).isNull();
    assertThat(p.version()).isZero();
  }

  @Test
  void aWorkAccidentSantunanIsPaidToTheWorkerNotAnHeir() {
    SantunanEntitlement accident = entitlement(EventKind.WORK_ACCIDENT, 5_000_000);
    Payout p = create(request(null, null), accident, List.of());
    assertThat(p.heirId()).isEqualTo(accident.workerId());
    assertThatThrownBy(() -> create(request(SPOUSE, null), accident, List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
            .extracting(FieldError::field, FieldError::code).containsExactly(tuple("heirId", "beneficiary_is_worker")));
  }

  @Test
  void theDefaultIsWhatIsLeftAfterPayoutsThatStillHoldTheirShare() {
    SantunanEntitlement e = entitlement(EventKind.DEATH, 70_000_000);
    List<Payout> same = List.of(
        existing(e, 30_000_000, PayoutStatus.PAID),
        existing(e, 5_000_000, PayoutStatus.FAILED),
        existing(e, 20_000_000, PayoutStatus.REJECTED),
        existing(e, 20_000_000, PayoutStatus.CANCELLED));

    assertThat(PayoutRules.remaining(e, same)).isEqualTo(Rupiah.of(35_000_000));
    assertThat(create(request(SPOUSE, null), e, same).amount()).isEqualTo(Rupiah.of(35_000_000));
  }

  @Test
  void oneRupiahMoreThanIsLeftIsRefused() {
    assertThat(create(request(SPOUSE, Rupiah.of(10_000_000)), DEATH_10M, List.of()).amount()).isEqualTo(Rupiah.of(10_000_000));
    assertThatThrownBy(() -> create(request(SPOUSE, Rupiah.of(10_000_001)), DEATH_10M, List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> {
          assertThat(e.code()).isEqualTo("amount_exceeds_entitlement");
          assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
        });
  }

  @Test
  void nothingLeftIsAConflict() {
    List<Payout> all = List.of(existing(DEATH_10M, 10_000_000, PayoutStatus.APPROVED));
    assertThatThrownBy(() -> create(request(SPOUSE, null), DEATH_10M, all))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("entitlement_exhausted"));
  }

  @Test
  void theProgrammesBudgetCarriesThePayoutToTheLastRupiahAndNoFurther() {
    Rupiah ceiling = Rupiah.of(25_000_000);
    Payout fits = PayoutRules.create(request(SPOUSE, null), DEATH_10M, List.of(), HEIRS, ceiling,
        Rupiah.of(15_000_000), MAKER, NOW);
    assertThat(fits.amount()).isEqualTo(Rupiah.of(10_000_000));
    assertThatThrownBy(() -> PayoutRules.create(request(SPOUSE, null), DEATH_10M, List.of(), HEIRS, ceiling,
        Rupiah.of(15_000_001), MAKER, NOW))
        .isInstanceOfSatisfying(Invalid.class, e -> {
          assertThat(e.code()).isEqualTo("santunan_budget_exceeded");
          assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
        });
  }

  @Test
  void aDefaultAmountAboveTheBiFastCapIsCappedSoRepeatingSplitsIt() {
    SantunanEntitlement big = entitlement(EventKind.DEATH, 1_015_600_000);
    List<Payout> made = new ArrayList<>();
    while (PayoutRules.remaining(big, made).isGreaterThan(Rupiah.ZERO)) {
      made.add(PayoutRules.create(request(SPOUSE, null), big, made, HEIRS, Rupiah.of(2_000_000_000),
          PayoutRules.held(made), MAKER, NOW));
    }
    assertThat(made).extracting(Payout::amount).containsExactly(
        Rupiah.of(250_000_000), Rupiah.of(250_000_000), Rupiah.of(250_000_000),
        Rupiah.of(250_000_000), Rupiah.of(15_600_000));
  }

  @Test
  void anExplicitAmountAboveTheBiFastCapIsRefused() {
    SantunanEntitlement big = entitlement(EventKind.DEATH, 300_000_000);
    Rupiah ceiling = Rupiah.of(1_000_000_000);
    assertThatThrownBy(() -> PayoutRules.create(request(SPOUSE, Rupiah.of(250_000_001)), big, List.of(), HEIRS, ceiling,
        Rupiah.ZERO, MAKER, NOW))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo("amount_exceeds_transfer_limit"));
  }

  @Test
  void theBeneficiaryMustBeOfTheHighestClassRegistered() {
    assertThatThrownBy(() -> create(request(PARENT, null), DEATH_10M, List.of()))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("heir_not_highest_priority"));
  }

  @Test
  void theBeneficiaryMustBeRegistered() {
    Heir stranger = new Heir(UUID.randomUUID(), "X", null, HeirRelationship.SPOUSE, null);
    assertThatThrownBy(() -> create(request(stranger, null), DEATH_10M, List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("heir_not_registered"));
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    PayoutRequest bad = new PayoutRequest(null, "999", "12ab", "X", Rupiah.ZERO);
    assertThatThrownBy(() -> create(bad, DEATH_10M, List.of()))
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
  void payoutsOfAnotherEntitlementAreAProgrammingError() {
    Payout other = payout(PayoutStatus.PAID, null);
    assertThatThrownBy(() -> create(request(SPOUSE, null), DEATH_10M, List.of(other)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPayoutPaysEitherAnEntitlementOrHistorysClaimNeverBothNorNeither() {
    assertThatThrownBy(() -> new Payout(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), SPOUSE.id(), ACCOUNT,
        Rupiah.of(1), PayoutStatus.PENDING_APPROVAL, MAKER, NOW, null, null, null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Payout(UUID.randomUUID(), null, null, SPOUSE.id(), ACCOUNT,
        Rupiah.of(1), PayoutStatus.PENDING_APPROVAL, MAKER, NOW, null, null, null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
