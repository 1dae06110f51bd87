package id.ngopeni.domain.santunan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which city santunan programmes an event gives an entitlement under (santunan daerah, the city's own Perwali). */
class EligibilityTest {
  static final LocalDate EVENT = LocalDate.of(2025, 8, 17);
  static final UUID EVENT_ID = UUID.randomUUID();

  /** Santunan kematian pekerja rentan: Rp10.000.000 per death, 2025, DBHCHT- or APBD-paid members, active on the day. */
  static Programme deathProgramme() {
    return programme(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Set.of(),
        Set.of(FundingSource.APBD, FundingSource.DBHCHT), Map.of(EventKind.DEATH, Rupiah.of(10_000_000)));
  }

  static Programme programme(LocalDate from, LocalDate to, Set<String> categories, Set<FundingSource> sources,
      Map<EventKind, Rupiah> amounts) {
    return new Programme(UUID.randomUUID(), "Santunan kematian pekerja rentan Kota Malang",
        "Perwali Kota Malang No. 7 Tahun 2025", LocalDate.of(2024, 12, 20), from, to, categories, sources, true,
        amounts, 2025, FundingSource.APBD, Rupiah.of(500_000_000), 1);
  }

  static WorkerFacts marbot(FundingSource source, LocalDate start, LocalDate end) {
    return new WorkerFacts(UUID.randomUUID(), "MARBOT", List.of(new WorkerFacts.Span(source, start, end)));
  }

  static final WorkerFacts ACTIVE_DBHCHT_MARBOT = marbot(FundingSource.DBHCHT, LocalDate.of(2023, 1, 1), null);

  @Test
  void anEligibleDeathGivesTheProgrammesAmountForADeath() {
    Programme p = deathProgramme();
    List<SantunanEntitlement> got = Eligibility.entitlements(EVENT_ID, EventKind.DEATH, EVENT, ACTIVE_DBHCHT_MARBOT, List.of(p));
    assertThat(got).singleElement().satisfies(e -> {
      assertThat(e.programmeId()).isEqualTo(p.id());
      assertThat(e.amount()).isEqualTo(Rupiah.of(10_000_000));
      assertThat(e.workerId()).isEqualTo(ACTIVE_DBHCHT_MARBOT.workerId());
      assertThat(e.eventId()).isEqualTo(EVENT_ID);
    });
  }

  @Test
  void theEffectivePeriodIncludesBothEnds() {
    Programme p = deathProgramme();
    assertThat(p.inForce(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(p.inForce(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(p.inForce(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(p.inForce(LocalDate.of(2026, 1, 1))).isFalse();
    Programme open = programme(LocalDate.of(2025, 1, 1), null, Set.of(), Set.of(), Map.of(EventKind.DEATH, Rupiah.of(1)));
    assertThat(open.inForce(LocalDate.of(2040, 1, 1))).isTrue();
  }

  @Test
  void anEventOutsideEveryProgrammesPeriodNamesTheEventDate() {
    assertThatThrownBy(() -> Eligibility.entitlements(EVENT_ID, EventKind.DEATH, LocalDate.of(2026, 1, 1),
        ACTIVE_DBHCHT_MARBOT, List.of(deathProgramme())))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
            .containsExactly(tuple("eventDate", "no_programme_in_force")));
  }

  @Test
  void aKindNoProgrammePaysForNamesTheKind() {
    assertThatThrownBy(() -> Eligibility.entitlements(EVENT_ID, EventKind.WORK_ACCIDENT, EVENT,
        ACTIVE_DBHCHT_MARBOT, List.of(deathProgramme())))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
            .containsExactly(tuple("kind", "event_kind_not_covered")));
  }

  @Test
  void aCategoryOutsideTheProgrammeNamesTheWorker() {
    Programme linmasOnly = programme(LocalDate.of(2025, 1, 1), null, Set.of("LINMAS"), Set.of(),
        Map.of(EventKind.DEATH, Rupiah.of(10_000_000)));
    assertThatThrownBy(() -> Eligibility.entitlements(EVENT_ID, EventKind.DEATH, EVENT, ACTIVE_DBHCHT_MARBOT, List.of(linmasOnly)))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
            .containsExactly(tuple("workerId", "category_not_covered")));
  }

  @Test
  void aSelfPaidMembershipIsNotCoveredByAProgrammeForCityPaidMembers() {
    WorkerFacts mandiri = marbot(FundingSource.MANDIRI, LocalDate.of(2023, 1, 1), null);
    assertThatThrownBy(() -> Eligibility.entitlements(EVENT_ID, EventKind.DEATH, EVENT, mandiri, List.of(deathProgramme())))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::code)
            .containsExactly("funding_source_not_covered"));
  }

  @Test
  void aMembershipThatEndedTheDayBeforeTheEventDoesNotCountButOneEndingThatDayDoes() {
    WorkerFacts endedBefore = marbot(FundingSource.DBHCHT, LocalDate.of(2023, 1, 1), EVENT.minusDays(1));
    assertThatThrownBy(() -> Eligibility.entitlements(EVENT_ID, EventKind.DEATH, EVENT, endedBefore, List.of(deathProgramme())))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
            .containsExactly(tuple("workerId", "no_membership_on_event_date")));
    WorkerFacts endedThatDay = marbot(FundingSource.DBHCHT, LocalDate.of(2023, 1, 1), EVENT);
    assertThat(Eligibility.entitlements(EVENT_ID, EventKind.DEATH, EVENT, endedThatDay, List.of(deathProgramme()))).hasSize(1);
    WorkerFacts startsAfter = marbot(FundingSource.DBHCHT, EVENT.plusDays(1), null);
    assertThatThrownBy(() -> Eligibility.entitlements(EVENT_ID, EventKind.DEATH, EVENT, startsAfter, List.of(deathProgramme())))
        .isInstanceOf(Invalid.class);
  }

  @Test
  void aProgrammeWithoutTheMembershipRuleCoversAWorkerWithoutOne() {
    Programme p = deathProgramme();
    Programme lenient = new Programme(p.id(), p.name(), p.regulationNumber(), p.regulationDate(), p.effectiveFrom(),
        p.effectiveTo(), Set.of(), Set.of(), false, p.amounts(), p.budgetYear(), p.budgetSource(), p.budgetCeiling(), 1);
    WorkerFacts none = new WorkerFacts(UUID.randomUUID(), "MARBOT", List.of());
    assertThat(Eligibility.entitlements(EVENT_ID, EventKind.DEATH, EVENT, none, List.of(lenient))).hasSize(1);
  }

  @Test
  void anEventGivesOneEntitlementUnderEachProgrammeItMeetsAndNoneUnderTheOthers() {
    Programme death = deathProgramme();
    Programme both = programme(LocalDate.of(2025, 6, 1), null, Set.of("MARBOT", "GURU_NGAJI"), Set.of(),
        Map.of(EventKind.DEATH, Rupiah.of(2_500_000), EventKind.WORK_ACCIDENT, Rupiah.of(1_000_000)));
    Programme notYet = programme(LocalDate.of(2025, 9, 1), null, Set.of(), Set.of(), Map.of(EventKind.DEATH, Rupiah.of(7)));
    Programme linmas = programme(LocalDate.of(2025, 1, 1), null, Set.of("LINMAS"), Set.of(), Map.of(EventKind.DEATH, Rupiah.of(9)));

    List<SantunanEntitlement> got = Eligibility.entitlements(EVENT_ID, EventKind.DEATH, EVENT, ACTIVE_DBHCHT_MARBOT,
        List.of(death, both, notYet, linmas));
    assertThat(got).extracting(SantunanEntitlement::programmeId, SantunanEntitlement::amount).containsExactlyInAnyOrder(
        tuple(death.id(), Rupiah.of(10_000_000)), tuple(both.id(), Rupiah.of(2_500_000)));

    List<SantunanEntitlement> accident = Eligibility.entitlements(EVENT_ID, EventKind.WORK_ACCIDENT, EVENT,
        ACTIVE_DBHCHT_MARBOT, List.of(death, both));
    assertThat(accident).extracting(SantunanEntitlement::amount).containsExactly(Rupiah.of(1_000_000));
  }
}
