package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benefit schedule in force on the incident date, not today's. */
class BenefitScheduleTest {
  static final CoverageFacts SINCE_2015 = new CoverageFacts(
      LocalDate.of(2015, 7, 1), null, Set.of(Program.JKK, Program.JKM), Rupiah.of(2_000_000), LocalDate.of(2017, 1, 1));

  @Test
  void theVersionInForceIsTheLatestNotAfterTheIncident_PP44_2015_PP82_2019() {
    assertThat(BenefitSchedule.inForceOn(LocalDate.of(2019, 12, 1))).isSameAs(BenefitSchedule.PP_44_2015);
    assertThat(BenefitSchedule.inForceOn(LocalDate.of(2019, 12, 2))).isSameAs(BenefitSchedule.PP_82_2019);
    assertThat(BenefitSchedule.inForceOn(LocalDate.of(2030, 1, 1))).isSameAs(BenefitSchedule.PP_82_2019);
    assertThat(BenefitSchedule.inForceOn(LocalDate.of(2010, 1, 1))).isSameAs(BenefitSchedule.PP_44_2015);
  }

  @Test
  void jkmDeathTheDayBeforePP82_2019PaysRp24JutaUnderPP44_2015() {
    Entitlement e = BenefitRules.entitlement(ClaimType.JKM_DEATH, SINCE_2015, LocalDate.of(2019, 12, 1), null);

    assertThat(e.lines())
        .extracting(EntitlementLine::code, EntitlementLine::amount)
        .containsExactly(
            tuple("JKM_DEATH_LUMP_SUM", Rupiah.of(16_200_000)),
            tuple("JKM_PERIODIC_BENEFIT", Rupiah.of(4_800_000)),
            tuple("FUNERAL_COST", Rupiah.of(3_000_000)));
    assertThat(e.total()).isEqualTo(Rupiah.of(24_000_000));
    assertThat(e.lines()).allSatisfy(l -> assertThat(l.regulation()).startsWith("PP 44/2015, Pasal 34"));
  }

  @Test
  void jkmDeathOnTheDayPP82_2019CameIntoForcePaysRp42Juta() {
    Entitlement e = BenefitRules.entitlement(ClaimType.JKM_DEATH, SINCE_2015, LocalDate.of(2019, 12, 2), null);

    assertThat(e.total()).isEqualTo(Rupiah.of(42_000_000));
    assertThat(e.lines()).filteredOn(l -> !l.flagged())
        .allSatisfy(l -> assertThat(l.regulation()).startsWith("PP 82/2019, Pasal 34"));
  }

  @Test
  void jkmScholarshipUnderPP44_2015IsRp12JutaOnceAfterFiveYearsCounted() {
    CoverageFacts since2013 = new CoverageFacts(
        LocalDate.of(2013, 1, 1), null, Set.of(Program.JKM), Rupiah.of(1_000_000), LocalDate.of(2013, 1, 1));
    Entitlement e = BenefitRules.entitlement(ClaimType.JKM_DEATH, since2013, LocalDate.of(2018, 1, 1), null);

    assertThat(e.lines()).filteredOn(l -> l.code().equals("SCHOLARSHIP")).singleElement()
        .satisfies(l -> {
          assertThat(l.flagged()).isFalse();
          assertThat(l.amount()).isEqualTo(Rupiah.of(12_000_000));
        });
    assertThat(e.total()).isEqualTo(Rupiah.of(36_000_000));
    // 4 years 11 months counted: no scholarship under PP 44/2015
    assertThat(BenefitRules.entitlement(ClaimType.JKM_DEATH, since2013, LocalDate.of(2017, 12, 31), null).total())
        .isEqualTo(Rupiah.of(24_000_000));
  }

  @Test
  void jkkDeathIn2018UsesPP44_2015FuneralPeriodicAndScholarship() {
    Entitlement e = BenefitRules.entitlement(ClaimType.JKK_DEATH, SINCE_2015, LocalDate.of(2018, 5, 1), null);

    assertThat(e.lines())
        .extracting(EntitlementLine::code, EntitlementLine::amount, EntitlementLine::flagged)
        .containsExactly(
            tuple("JKK_DEATH_LUMP_SUM", Rupiah.of(96_000_000), false),
            tuple("FUNERAL_COST", Rupiah.of(3_000_000), false),
            tuple("JKK_PERIODIC_BENEFIT", Rupiah.of(4_800_000), false),
            tuple("SCHOLARSHIP", Rupiah.of(12_000_000), false));
    assertThat(e.total()).isEqualTo(Rupiah.of(115_800_000));
  }

  @Test
  void everyLineCarriesItsLegalBasis() {
    assertThatThrownBy(() -> new EntitlementLine("X", "x", "x", Rupiah.of(1), " ", false))
        .isInstanceOf(IllegalArgumentException.class);
    for (ClaimType type : ClaimType.values()) {
      AccidentDetails accident = new AccidentDetails(type == ClaimType.JKK_INCAPACITY ? LocalDate.of(2025, 1, 1) : null,
          type == ClaimType.JKK_INCAPACITY ? LocalDate.of(2026, 3, 31) : null, type == ClaimType.JKK_DISABILITY,
          List.of());
      Entitlement e = BenefitRules.entitlement(type, SINCE_2015, LocalDate.of(2025, 1, 1), Rupiah.of(1), accident);
      assertThat(e.lines()).isNotEmpty();
      assertThat(e.lines()).allSatisfy(l -> assertThat(l.regulation()).matches("PP (44/2015|82/2019), .+"));
    }
  }
}
