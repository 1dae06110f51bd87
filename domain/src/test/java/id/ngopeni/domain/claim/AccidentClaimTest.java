package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.claim.AccidentDetails.Finding;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JKK incapacity (STMB) and disability claim types: the expected amount from the facts filed
 * and the membership's declared income (PP 44/2015 Pasal 25 and Lampiran III as amended by PP
 * 82/2019), paid to the worker; bad facts name their field.
 */
class AccidentClaimTest {
  static final LocalDate ACCIDENT = LocalDate.of(2025, 1, 10);
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final CoverageFacts MEMBER = new CoverageFacts(LocalDate.of(2024, 1, 1), null,
      Set.of(Program.JKK, Program.JKM), Rupiah.of(1_000_000), LocalDate.of(2024, 1, 1));

  static AccidentDetails incapacity(LocalDate from, LocalDate until) {
    return new AccidentDetails(from, until, false, List.of());
  }

  static AccidentDetails disability(boolean total, Finding... findings) {
    return new AccidentDetails(null, null, total, List.of(findings));
  }

  static Entitlement expected(ClaimType type, AccidentDetails details) {
    return BenefitRules.entitlement(type, MEMBER, ACCIDENT, null, details);
  }

  static List<String> problems(ClaimType type, AccidentDetails details) {
    Violations v = new Violations();
    AccidentDetails.check(v, type, details, ACCIDENT, TODAY);
    return v.errors().stream().map(e -> e.field() + ":" + e.errorCode().code()).toList();
  }

  @Test
  void stmbOf15MonthsIs12MonthsAt100PercentThen3At50PercentToTheWorker_PP82_2019_Lampiran_III() {
    Entitlement e = expected(ClaimType.JKK_INCAPACITY, incapacity(ACCIDENT, LocalDate.of(2026, 4, 9)));

    assertThat(e.lines()).extracting(EntitlementLine::code, EntitlementLine::amount, EntitlementLine::payee)
        .containsExactly(
            tuple("JKK_STMB_FULL", Rupiah.of(12_000_000), Payee.WORKER),
            tuple("JKK_STMB_HALF", Rupiah.of(1_500_000), Payee.WORKER));
    assertThat(e.total()).isEqualTo(Rupiah.of(13_500_000));
    assertThat(e.lines()).allSatisfy(l -> assertThat(l.regulation())
        .isEqualTo("PP 82/2019, Pasal 25 dan Lampiran III, santunan sementara tidak mampu bekerja (STMB)"));
  }

  @Test
  void stmbOfTwoMonthsAndFifteenDaysIsPaidInFullWithTheDaysAtOneThirtieth_PP82_2019_Lampiran_III() {
    Entitlement e = expected(ClaimType.JKK_INCAPACITY, incapacity(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 15)));
    assertThat(e.lines()).extracting(EntitlementLine::code).containsExactly("JKK_STMB_FULL");
    assertThat(e.total()).isEqualTo(Rupiah.of(2_500_000));
  }

  @Test
  void totalPermanentDisabilityIs70PercentTimes80TimesDeclaredIncomePlusPeriodicBenefit_PP82_2019_Lampiran_III() {
    Entitlement e = expected(ClaimType.JKK_DISABILITY, disability(true));
    assertThat(e.lines()).extracting(EntitlementLine::code, EntitlementLine::amount, EntitlementLine::payee)
        .containsExactly(
            tuple("JKK_TOTAL_DISABILITY", Rupiah.of(56_000_000), Payee.WORKER),
            tuple("JKK_PERIODIC_BENEFIT", Rupiah.of(12_000_000), Payee.WORKER),
            tuple("SCHOLARSHIP", Rupiah.ZERO, Payee.HEIR));
    assertThat(e.total()).isEqualTo(Rupiah.of(68_000_000));
  }

  @Test
  void partialDisabilityIsTheTablesPercentTimes80TimesDeclaredIncome_PP82_2019_Lampiran_III() {
    // One eye: 35 % of the table × 80 × Rp1.000.000.
    Entitlement e = expected(ClaimType.JKK_DISABILITY, disability(false, new Finding("EYE_ONE", null)));
    assertThat(e.lines()).extracting(EntitlementLine::code, EntitlementLine::amount, EntitlementLine::payee)
        .containsExactly(tuple("JKK_PARTIAL_DISABILITY", Rupiah.of(28_000_000), Payee.WORKER));
  }

  @Test
  void lossOfFunctionIsTheShareLostTimesTheTablesPercentTimes80TimesIncome_PP82_2019_Lampiran_III() {
    // Hearing of one ear (20 %), half of its function lost: 10 % × 80 × Rp1.000.000.
    Entitlement e = expected(ClaimType.JKK_DISABILITY, disability(false, new Finding("HEARING_ONE", 50)));
    assertThat(e.total()).isEqualTo(Rupiah.of(8_000_000));
  }

  @Test
  void anIncapacityClaimNeedsItsFirstAndLastDayBetweenTheAccidentAndToday() {
    assertThat(problems(ClaimType.JKK_INCAPACITY, null))
        .containsExactly("unableToWorkFrom:required", "unableToWorkUntil:required");
    assertThat(problems(ClaimType.JKK_INCAPACITY, incapacity(ACCIDENT.minusDays(1), ACCIDENT.plusDays(5))))
        .containsExactly("unableToWorkFrom:incapacity_before_incident");
    assertThat(problems(ClaimType.JKK_INCAPACITY, incapacity(ACCIDENT.plusDays(5), ACCIDENT.plusDays(4))))
        .containsExactly("unableToWorkUntil:incapacity_period_order");
    assertThat(problems(ClaimType.JKK_INCAPACITY, incapacity(ACCIDENT, TODAY.plusDays(1))))
        .containsExactly("unableToWorkUntil:date_in_future");
    assertThat(problems(ClaimType.JKK_INCAPACITY, incapacity(ACCIDENT, TODAY))).isEmpty();
  }

  @Test
  void aDisabilityIsTotalOrKnownTableRowsNeverBothAndNeverNothing() {
    assertThat(problems(ClaimType.JKK_DISABILITY, null)).containsExactly("disabilities:disability_required");
    assertThat(problems(ClaimType.JKK_DISABILITY, disability(true, new Finding("EYE_ONE", null))))
        .containsExactly("disabilities:disability_total_and_partial");
    assertThat(problems(ClaimType.JKK_DISABILITY,
        disability(false, new Finding("TAIL", null), new Finding("EYE_ONE", 0))))
        .containsExactly("disabilities[0].tableCode:disability_code_unknown",
            "disabilities[1].functionLostPercent:function_lost_invalid");
  }

  @Test
  void factsOfAnotherTypeAreRefusedByName() {
    assertThat(problems(ClaimType.JKM_DEATH, new AccidentDetails(ACCIDENT, ACCIDENT, true, List.of())))
        .containsExactly("unableToWorkFrom:fact_not_for_type", "unableToWorkUntil:fact_not_for_type",
            "totalDisability:fact_not_for_type");
    assertThat(problems(ClaimType.JKK_INCAPACITY,
        new AccidentDetails(ACCIDENT, ACCIDENT, false, List.of(new Finding("EYE_ONE", null)))))
        .containsExactly("disabilities:fact_not_for_type");
  }

  @Test
  void anIncapacityOrDisabilityClaimNeedsTheJkkProgrammeAndTheAccidentDocuments() {
    assertThat(ClaimType.JKK_INCAPACITY.program()).isEqualTo(Program.JKK);
    assertThat(ClaimType.JKK_DISABILITY.isDeath()).isFalse();
    assertThat(RequiredDocuments.required(ClaimType.JKK_INCAPACITY, Rupiah.ZERO, null, false))
        .containsExactlyInAnyOrder(DocumentKind.KTP_MEMBER, DocumentKind.BANK_BOOK, DocumentKind.ACCIDENT_FORM,
            DocumentKind.INCIDENT_REPORT, DocumentKind.WITNESS_KTP);
  }

  static String code(FieldError e) {
    return e.errorCode().code();
  }
}
