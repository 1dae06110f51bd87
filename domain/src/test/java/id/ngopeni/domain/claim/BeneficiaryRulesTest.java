package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.claim.BeneficiaryRules.Distribution;
import id.ngopeni.domain.claim.BeneficiaryRules.Share;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who receives each rupiah (PP 44/2015 Pasal 37(5)). */
class BeneficiaryRulesTest {
  static final LocalDate DEATH = LocalDate.of(2025, 6, 1);
  static final CoverageFacts COVERAGE = new CoverageFacts(
      LocalDate.of(2025, 1, 1), null, Set.of(Program.JKK, Program.JKM), Rupiah.of(1_000_001), null);
  static final Entitlement JKM = BenefitRules.entitlement(ClaimType.JKM_DEATH, COVERAGE, DEATH, null);

  static Heir heir(String name, HeirRelationship r) {
    return new Heir(UUID.randomUUID(), name, null, r, null);
  }

  @Test
  void coWidowsShareTheSpousePartEqually_PP44_2015_Pasal37() {
    Heir first = heir("Siti", HeirRelationship.SPOUSE);
    Heir second = heir("Aminah", HeirRelationship.SPOUSE);
    Distribution d = BeneficiaryRules.distribute(JKM, List.of(first, heir("Adi", HeirRelationship.CHILD), second), false);

    assertThat(d.shares()).extracting(Share::heirId, Share::amount)
        .containsExactly(tuple(first.id(), Rupiah.of(21_000_000)), tuple(second.id(), Rupiah.of(21_000_000)));
    assertThat(d.notPaid()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void aRupiahLeftByTheDivisionGoesToTheFirstListed() {
    Entitlement jkk = BenefitRules.entitlement(ClaimType.JKK_DEATH, COVERAGE, DEATH, null);
    List<Heir> widows = List.of(heir("A", HeirRelationship.SPOUSE), heir("B", HeirRelationship.SPOUSE),
        heir("C", HeirRelationship.SPOUSE));
    Distribution d = BeneficiaryRules.distribute(jkk, widows, false);

    assertThat(jkk.total()).isEqualTo(Rupiah.of(70_000_048));
    assertThat(d.shares()).extracting(Share::amount)
        .containsExactly(Rupiah.of(23_333_350), Rupiah.of(23_333_349), Rupiah.of(23_333_349));
  }

  @Test
  void theHighestClassRegisteredReceivesEverything_PP44_2015_Pasal37() {
    Heir parent = heir("Bapak", HeirRelationship.PARENT);
    Distribution d = BeneficiaryRules.distribute(JKM, List.of(heir("Kakak", HeirRelationship.SIBLING), parent), false);
    assertThat(d.shares()).singleElement().extracting(Share::heirId, Share::amount)
        .containsExactly(parent.id(), Rupiah.of(42_000_000));
  }

  @Test
  void someoneNamedInAWillIsClassFive_PP44_2015_Pasal37() {
    Heir named = heir("Tetangga", HeirRelationship.WILL_NAMED);
    assertThat(BeneficiaryRules.distribute(JKM, List.of(named), true).shares()).singleElement()
        .extracting(Share::payee, Share::amount).containsExactly(Payee.HEIR, Rupiah.of(42_000_000));
  }

  @Test
  void noHeirNoWillPaysTheFuneralCostToWhoeverArrangedTheFuneralAndNothingElse_PP44_2015_Pasal37_class6() {
    Distribution d = BeneficiaryRules.distribute(JKM, List.of(), true);

    assertThat(d.shares()).singleElement().satisfies(s -> {
      assertThat(s.payee()).isEqualTo(Payee.FUNERAL_ARRANGER);
      assertThat(s.amount()).isEqualTo(Rupiah.of(10_000_000));
      assertThat(s.regulation()).contains("Pasal 37(5)");
    });
    assertThat(d.notPaid()).isEqualTo(Rupiah.of(32_000_000));
  }

  @Test
  void noHeirNoWillAndNoProofOfTheFuneralPaysNothing() {
    Distribution d = BeneficiaryRules.distribute(JKM, List.of(), false);
    assertThat(d.shares()).isEmpty();
    assertThat(d.notPaid()).isEqualTo(Rupiah.of(42_000_000));
  }

  @Test
  void theWorkerAndTheProviderKeepTheirLinesWhateverTheHeirs() {
    AccidentFacts facts = new AccidentFacts(Rupiah.of(1_000_000), DEATH, Rupiah.of(3_000_000), Payee.PROVIDER,
        List.of(), null, DEATH, DEATH.plusDays(29), List.of(), false);
    Distribution d = BeneficiaryRules.distribute(AccidentBenefits.entitlement(facts), List.of(), false);

    assertThat(d.shares()).extracting(Share::payee, Share::amount)
        .containsExactly(tuple(Payee.PROVIDER, Rupiah.of(3_000_000)), tuple(Payee.WORKER, Rupiah.of(1_000_000)));
    assertThat(d.notPaid()).isEqualTo(Rupiah.ZERO);
  }
}
