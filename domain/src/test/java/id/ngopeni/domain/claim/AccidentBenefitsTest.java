package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.claim.AccidentFacts.Disability;
import id.ngopeni.domain.claim.AccidentFacts.Transport;
import id.ngopeni.domain.claim.AccidentFacts.TransportMode;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JKK benefits of a survived work accident (PP 44/2015 Pasal 25, Lampiran III, as amended by PP 82/2019). */
class AccidentBenefitsTest {
  static final LocalDate ACCIDENT = LocalDate.of(2025, 1, 1);
  static final Rupiah INCOME = Rupiah.of(2_000_000);

  static AccidentFacts stmb(LocalDate accident, LocalDate from, LocalDate until) {
    return new AccidentFacts(INCOME, accident, null, null, List.of(), null, from, until, List.of(), false);
  }

  static AccidentFacts disabled(List<Disability> findings, boolean total) {
    return new AccidentFacts(Rupiah.of(1_000_000), ACCIDENT, null, null, List.of(), null, null, null, findings, total);
  }

  @Test
  void stmbIs100PercentForTwelveMonthsThen50UntilRecovery_PP82_2019() {
    Entitlement e = AccidentBenefits.entitlement(stmb(ACCIDENT, ACCIDENT, LocalDate.of(2026, 6, 30)));

    assertThat(e.lines()).extracting(EntitlementLine::code, EntitlementLine::amount, EntitlementLine::payee)
        .containsExactly(
            tuple("JKK_STMB_FULL", Rupiah.of(24_000_000), Payee.WORKER),
            tuple("JKK_STMB_HALF", Rupiah.of(6_000_000), Payee.WORKER));
  }

  @Test
  void stmbUnderPP44_2015Is100PercentForSixMonthsOnly() {
    LocalDate accident = LocalDate.of(2018, 1, 1);
    Entitlement e = AccidentBenefits.entitlement(stmb(accident, accident, LocalDate.of(2018, 12, 31)));

    assertThat(e.lines()).extracting(EntitlementLine::amount)
        .containsExactly(Rupiah.of(12_000_000), Rupiah.of(6_000_000));
    assertThat(e.lines()).allSatisfy(l -> assertThat(l.regulation()).startsWith("PP 44/2015"));
  }

  @Test
  void aPartMonthOfStmbIsPaidPerDayAtOneThirtieth_PP82_2019() {
    Entitlement e = AccidentBenefits.entitlement(stmb(ACCIDENT, ACCIDENT, LocalDate.of(2025, 1, 15)));
    assertThat(e.total()).isEqualTo(Rupiah.of(1_000_000));
  }

  @Test
  void totalPermanentDisabilityIs70PercentTimes80TimesIncomeWithScholarship_PP82_2019() {
    Entitlement e = AccidentBenefits.entitlement(disabled(List.of(), true));

    assertThat(e.lines()).extracting(EntitlementLine::code, EntitlementLine::amount, EntitlementLine::flagged)
        .containsExactly(
            tuple("JKK_TOTAL_DISABILITY", Rupiah.of(56_000_000), false),
            tuple("JKK_PERIODIC_BENEFIT", Rupiah.of(12_000_000), false),
            tuple("SCHOLARSHIP", Rupiah.ZERO, true));
  }

  @Test
  void partialAnatomicalDisabilityIsTablePercentTimes80TimesIncome_PP82_2019_LampiranIII() {
    Entitlement e = AccidentBenefits.entitlement(disabled(List.of(new Disability("ARM_RIGHT_FROM_SHOULDER", null)), false));

    assertThat(e.lines()).singleElement().satisfies(l -> {
      assertThat(l.amount()).isEqualTo(Rupiah.of(32_000_000));
      assertThat(l.payee()).isEqualTo(Payee.WORKER);
      assertThat(l.regulation()).startsWith("PP 82/2019").doesNotContain("belum dikonfirmasi");
    });
  }

  @Test
  void lossOfFunctionIsFunctionLostTimesTablePercentTimes80TimesIncome_PP82_2019_LampiranIII() {
    Entitlement e = AccidentBenefits.entitlement(disabled(List.of(new Disability("EYE_ONE", 50)), false));
    assertThat(e.total()).isEqualTo(Rupiah.of(14_000_000));
  }

  @Test
  void partialDisabilitiesAddUpButNeverPassTheTotalDisability70Percent() {
    Entitlement e = AccidentBenefits.entitlement(disabled(List.of(
        new Disability("EYES_BOTH", null), new Disability("HEARING_BOTH", null)), false));
    assertThat(e.total()).isEqualTo(Rupiah.of(56_000_000));
  }

  @Test
  void aRowNotYetCheckedAgainstTheOfficialTableSaysSoOnTheLine() {
    Entitlement e = AccidentBenefits.entitlement(disabled(List.of(new Disability("THUMB_RIGHT", null)), false));
    assertThat(e.lines().get(0).regulation()).contains("belum dikonfirmasi");
  }

  @Test
  void theTableIsDataLoadedFromTheResourceFile() {
    assertThat(DisabilityTable.row("EYES_BOTH")).hasValueSatisfying(r -> {
      assertThat(r.basisPoints()).isEqualTo(7_000);
      assertThat(r.confirmed()).isTrue();
    });
    assertThat(DisabilityTable.all()).hasSizeGreaterThan(20)
        .allSatisfy((code, row) -> assertThat(row.basisPoints()).isBetween(1, 10_000));
  }

  @Test
  void transportIsCappedPerMode_Land5Sea2Air10Juta_PP82_2019() {
    AccidentFacts facts = new AccidentFacts(INCOME, ACCIDENT, null, null, List.of(
        new Transport(TransportMode.LAND, Rupiah.of(4_000_000)), new Transport(TransportMode.LAND, Rupiah.of(3_000_000)),
        new Transport(TransportMode.SEA, Rupiah.of(1_000_000)), new Transport(TransportMode.AIR, Rupiah.of(12_000_000))),
        null, null, null, List.of(), false);

    assertThat(AccidentBenefits.entitlement(facts).lines()).extracting(EntitlementLine::code, EntitlementLine::amount)
        .containsExactly(
            tuple("JKK_TRANSPORT_LAND", Rupiah.of(5_000_000)),
            tuple("JKK_TRANSPORT_SEA", Rupiah.of(1_000_000)),
            tuple("JKK_TRANSPORT_AIR", Rupiah.of(10_000_000)));
  }

  @Test
  void transportUnderPP44_2015IsCappedAtRp1JutaByLand() {
    AccidentFacts facts = new AccidentFacts(INCOME, LocalDate.of(2018, 1, 1), null, null,
        List.of(new Transport(TransportMode.LAND, Rupiah.of(4_000_000))), null, null, null, List.of(), false);
    assertThat(AccidentBenefits.entitlement(facts).total()).isEqualTo(Rupiah.of(1_000_000));
  }

  @Test
  void homeCareIsCappedAtRp20JutaAndPaidToTheProvider_PP82_2019() {
    AccidentFacts facts = new AccidentFacts(INCOME, ACCIDENT, Rupiah.of(150_000_000), Payee.PROVIDER, List.of(),
        Rupiah.of(25_000_000), null, null, List.of(), false);

    assertThat(AccidentBenefits.entitlement(facts).lines())
        .extracting(EntitlementLine::code, EntitlementLine::amount, EntitlementLine::payee)
        .containsExactly(
            tuple("JKK_MEDICAL_COSTS", Rupiah.of(150_000_000), Payee.PROVIDER),
            tuple("JKK_HOME_CARE", Rupiah.of(20_000_000), Payee.PROVIDER));
  }

  @Test
  void homeCareWasNoBenefitUnderPP44_2015() {
    AccidentFacts facts = new AccidentFacts(INCOME, LocalDate.of(2018, 1, 1), null, null, List.of(),
        Rupiah.of(25_000_000), null, null, List.of(), false);
    Entitlement e = AccidentBenefits.entitlement(facts);
    assertThat(e.total()).isEqualTo(Rupiah.ZERO);
    assertThat(e.lines()).singleElement().satisfies(l -> assertThat(l.flagged()).isTrue());
  }
}
