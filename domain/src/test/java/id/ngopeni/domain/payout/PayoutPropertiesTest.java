package id.ngopeni.domain.payout;

import static id.ngopeni.domain.payout.PayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.bank.TransferLimit;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.DomainProblem;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import id.ngopeni.domain.user.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class PayoutPropertiesTest {
  enum Op { CREATE, CREATE_DEFAULT, APPROVE, REJECT, BATCH, PAY, FAIL, CANCEL }

  record Step(Op op, int target, long amount) {}

  static final Rupiah UNLIMITED = Rupiah.of(Long.MAX_VALUE / 4);
  static final Heir CHILD = new Heir(UUID.randomUUID(), "Budi", null, HeirRelationship.CHILD, null);

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(Op.class),
                Arbitraries.integers().between(0, 30),
                Arbitraries.longs().between(-5, 400_000_000))
            .as(Step::new);
    return step.list().ofMaxSize(40);
  }

  /** Whatever makers, checkers and the bank do, the payouts never hold more than the entitlement. */
  @Property
  void payoutsNeverExceedTheEntitlement(
      @ForAll @LongRange(min = 1, max = 1_100_000_000) long total, @ForAll("steps") List<Step> steps) {
    SantunanEntitlement entitlement = entitlement(EventKind.DEATH, total);
    List<Payout> payouts = new ArrayList<>();
    for (Step step : steps) {
      try {
        apply(step, entitlement, payouts);
      } catch (DomainProblem refused) {
        // A refusal leaves the payouts as they were; the invariant still has to hold.
      }
      Rupiah held = payouts.stream().filter(p -> p.status().holdsEntitlement()).map(Payout::amount)
          .reduce(Rupiah.ZERO, Rupiah::plus);
      assertThat(held.compareTo(entitlement.amount())).isLessThanOrEqualTo(0);
      assertThat(PayoutRules.remaining(entitlement, payouts)).isEqualTo(entitlement.amount().minus(held));
      assertThat(payouts).allSatisfy(p -> {
        assertThat(p.amount().compareTo(TransferLimit.BI_FAST_MAX)).isLessThanOrEqualTo(0);
        assertThat(p.amount().isGreaterThan(Rupiah.ZERO)).isTrue();
      });
    }
  }

  private static void apply(Step step, SantunanEntitlement entitlement, List<Payout> payouts) {
    if (step.op() == Op.CREATE || step.op() == Op.CREATE_DEFAULT) {
      Rupiah amount = step.op() == Op.CREATE ? Rupiah.of(step.amount()) : null;
      PayoutRequest request = new PayoutRequest(CHILD.id(), "002", "123456789012345", "Budi Santoso", amount);
      payouts.add(PayoutRules.create(request, entitlement, payouts, List.of(CHILD), UNLIMITED, PayoutRules.held(payouts), MAKER, NOW));
      return;
    }
    if (payouts.isEmpty()) {
      return;
    }
    int i = step.target() % payouts.size();
    Payout p = payouts.get(i);
    payouts.set(i, switch (step.op()) {
      case APPROVE -> p.approve(CHECKER, Role.APPROVER, NOW);
      case REJECT -> p.reject(CHECKER, Role.APPROVER, "salah rekening", NOW);
      case BATCH -> p.addToBatch(UUID.randomUUID());
      case PAY -> p.markPaid("REF");
      case FAIL -> p.markFailed("REF");
      case CANCEL -> p.cancel(MAKER, Role.OPERATOR, "rekening ditutup", NOW);
      default -> throw new IllegalStateException();
    });
  }

  /** Every transition a payout actually makes is one the table allows, and bumps the version. */
  @Property
  void everyTransitionIsInTheTable(@ForAll("steps") List<Step> steps) {
    SantunanEntitlement entitlement = entitlement(EventKind.DEATH, 900_000_000);
    List<Payout> payouts = new ArrayList<>();
    for (Step step : steps) {
      List<Payout> before = List.copyOf(payouts);
      try {
        apply(step, entitlement, payouts);
      } catch (DomainProblem refused) {
        assertThat(payouts).isEqualTo(before);
      }
      for (int i = 0; i < before.size(); i++) {
        Payout was = before.get(i);
        Payout now = payouts.get(i);
        if (was != now) {
          assertThat(PayoutStatus.canTransition(was.status(), now.status())).isTrue();
          assertThat(now.version()).isEqualTo(was.version() + 1);
        }
      }
    }
  }
}
