package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.calendar.ClockReading;
import id.ngopeni.domain.calendar.ServiceClock;
import id.ngopeni.domain.calendar.ServiceDurations;
import id.ngopeni.domain.calendar.WorkingDayCalendar;
import id.ngopeni.domain.claim.BpjsAnswer.PaidLine;
import id.ngopeni.domain.claim.PaymentCheck.FollowUp;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BPJS's answer checked against the expected entitlement; the case's clocks. */
class PaymentCheckTest {
  static final LocalDate PAID_ON = LocalDate.of(2026, 8, 19);
  /** PP 82/2019 JKM: Rp20 juta + Rp12 juta + Rp10 juta, and the scholarship (flagged, paid later). */
  static final Entitlement JKM = new Entitlement(Rupiah.of(42_000_000), List.of(
      new EntitlementLine("JKM_DEATH_LUMP_SUM", "Santunan kematian", "Death benefit", Rupiah.of(20_000_000), "PP 82/2019", false),
      new EntitlementLine("JKM_PERIODIC_BENEFIT", "Santunan berkala", "Periodic", Rupiah.of(12_000_000), "PP 82/2019", false),
      new EntitlementLine("FUNERAL_COST", "Biaya pemakaman", "Funeral", Rupiah.of(10_000_000), "PP 82/2019", false),
      new EntitlementLine("SCHOLARSHIP", "Beasiswa", "Scholarship", Rupiah.ZERO, "PP 82/2019", true)));
  static final List<HeirRelationship> SPOUSE_AND_SIBLING = List.of(HeirRelationship.SPOUSE, HeirRelationship.SIBLING);

  static BpjsAnswer paid(BpjsOutcome outcome, long amount, HeirRelationship to, PaidLine... lines) {
    return new BpjsAnswer(outcome, PAID_ON, Rupiah.of(amount), List.of(lines), UUID.randomUUID(), "Siti", to, null, "BPJS-1");
  }

  static PaidLine line(String code, long amount) {
    return new PaidLine(code, Rupiah.of(amount));
  }

  @Test
  void pp82of2019_jkmPaidInFullToTheSpouseNeedsNoFollowUp() {
    PaymentCheck check = PaymentCheck.of(ClaimType.JKM_DEATH, JKM,
        List.of(paid(BpjsOutcome.PAID, 42_000_000, HeirRelationship.SPOUSE)), SPOUSE_AND_SIBLING);
    assertThat(check.followUp()).isEmpty();
    assertThat(check.paidTotal()).isEqualTo(Rupiah.of(42_000_000));
    assertThat(check.lines()).hasSize(3).allSatisfy(l -> assertThat(l.paid()).as("total only").isNull());
  }

  @Test
  void aShortLineIsFlaggedEvenWhenBpjsCalledItPaid() {
    PaymentCheck check = PaymentCheck.of(ClaimType.JKM_DEATH, JKM, List.of(paid(BpjsOutcome.PAID, 32_000_000,
        HeirRelationship.SPOUSE, line("JKM_DEATH_LUMP_SUM", 20_000_000), line("FUNERAL_COST", 10_000_000),
        line("JKM_PERIODIC_BENEFIT", 2_000_000))), SPOUSE_AND_SIBLING);
    assertThat(check.followUp()).containsExactly(FollowUp.SHORTFALL);
    assertThat(check.lines()).extracting(l -> l.expected().code() + "=" + l.paid().amount() + (l.shortfall() ? "!" : ""))
        .containsExactly("JKM_DEATH_LUMP_SUM=20000000", "JKM_PERIODIC_BENEFIT=2000000!", "FUNERAL_COST=10000000");
  }

  @Test
  void aRefusalIsAShortfall_andAPartPaymentToppedUpLaterIsNot() {
    BpjsAnswer refused = new BpjsAnswer(BpjsOutcome.REFUSED, PAID_ON, Rupiah.ZERO, List.of(), null, null, null,
        "Iuran menunggak", null);
    assertThat(PaymentCheck.of(ClaimType.JKM_DEATH, JKM, List.of(refused), SPOUSE_AND_SIBLING).followUp())
        .containsExactly(FollowUp.SHORTFALL);
    List<BpjsAnswer> twice = List.of(paid(BpjsOutcome.PARTLY_PAID, 10_000_000, HeirRelationship.SPOUSE),
        paid(BpjsOutcome.PAID, 32_000_000, HeirRelationship.SPOUSE));
    assertThat(PaymentCheck.of(ClaimType.JKM_DEATH, JKM, twice, SPOUSE_AND_SIBLING).followUp()).isEmpty();
  }

  @Test
  void pp44of2015Pasal37ayat5_aPaymentToALowerHeirClassOrToAStrangerIsFlagged() {
    assertThat(PaymentCheck.of(ClaimType.JKM_DEATH, JKM, List.of(paid(BpjsOutcome.PAID, 42_000_000,
        HeirRelationship.SIBLING)), SPOUSE_AND_SIBLING).followUp()).containsExactly(FollowUp.PAYEE_NOT_FIRST_HEIR);
    assertThat(PaymentCheck.of(ClaimType.JKM_DEATH, JKM, List.of(paid(BpjsOutcome.PAID, 42_000_000, null)),
        SPOUSE_AND_SIBLING).followUp()).containsExactly(FollowUp.PAYEE_NOT_FIRST_HEIR);
    assertThat(PaymentCheck.of(ClaimType.JKM_DEATH, JKM, List.of(paid(BpjsOutcome.PAID, 42_000_000, null)),
        List.of()).followUp()).as("no heir: whoever arranged the funeral").isEmpty();
  }

  @Test
  void noAnswerYetFlagsNothing() {
    assertThat(PaymentCheck.of(ClaimType.JKM_DEATH, JKM, List.of(), SPOUSE_AND_SIBLING).followUp()).isEmpty();
  }

  static List<FieldError> errors(BpjsOutcome outcome, Long amount, List<PaidLine> lines, boolean payee, String reason,
      LocalDate on) {
    Violations v = new Violations();
    BpjsAnswerRules.check(v, outcome, amount, lines, payee, reason, on, JKM, Rupiah.ZERO, LocalDate.of(2026, 8, 13),
        LocalDate.of(2026, 8, 20));
    return v.errors();
  }

  @Test
  void badAnswersNameTheirField() {
    assertThat(errors(BpjsOutcome.PAID, -1L, List.of(), true, null, PAID_ON))
        .extracting(e -> e.field() + ":" + e.code()).containsExactly("amount:amount_negative");
    assertThat(errors(BpjsOutcome.PAID, 42_000_001L, List.of(), true, null, PAID_ON))
        .extracting(e -> e.field() + ":" + e.code()).containsExactly("amount:amount_above_expected");
    assertThat(errors(BpjsOutcome.PAID, 42_000_001L, List.of(), true, "Denda keterlambatan 1 %", PAID_ON)).isEmpty();
    assertThat(errors(BpjsOutcome.PAID, null, List.of(), false, null, LocalDate.of(2026, 8, 21)))
        .extracting(e -> e.field() + ":" + e.code())
        .containsExactly("amount:amount_required", "paidToName:payee_required", "answeredOn:date_in_future");
    assertThat(errors(BpjsOutcome.REFUSED, 5L, List.of(), false, " ", LocalDate.of(2026, 8, 12)))
        .extracting(e -> e.field() + ":" + e.code())
        .containsExactly("reason:reason_required", "amount:refusal_with_amount", "answeredOn:date_before_handover");
    assertThat(errors(BpjsOutcome.PARTLY_PAID, 30_000_000L, List.of(line("JHT", 1), line("FUNERAL_COST", 11_000_000),
        line("JKM_DEATH_LUMP_SUM", -1)), true, null, PAID_ON))
        .extracting(e -> e.field() + ":" + e.code())
        .containsExactly("lines[0].code:paid_line_unknown", "lines[1].amount:amount_above_expected",
            "lines[2].amount:amount_negative", "lines:paid_lines_mismatch");
  }

  @Test
  void aJkmCaseRunsItsPaymentClockFromTheHandOver_aJkkCaseAlsoItsAccidentReport() {
    Claim jkm = new Claim(UUID.randomUUID(), UUID.randomUUID(), ClaimType.JKM_DEATH, LocalDate.of(2026, 8, 1),
        ClaimStatus.HANDED_OVER, null, null, 3);
    Instant now = Instant.parse("2026-08-24T03:00:00Z");
    List<ClockReading> clocks = CaseClocks.of(jkm, new CaseClocks.Milestones(LocalDate.of(2026, 8, 13), null, null),
        WorkingDayCalendar.weekendsOnly(), ServiceDurations.STATUTORY, now);
    assertThat(clocks).extracting(ClockReading::clock).containsExactly(ServiceClock.JKM_PAYMENT);
    assertThat(CaseClocks.anyOverdue(clocks)).isTrue();
    Claim jkk = new Claim(UUID.randomUUID(), UUID.randomUUID(), ClaimType.JKK_DEATH, LocalDate.of(2026, 8, 20),
        ClaimStatus.SUBMITTED, null, null, 1);
    assertThat(CaseClocks.of(jkk, new CaseClocks.Milestones(null, null, Instant.parse("2026-08-21T01:00:00Z")),
        WorkingDayCalendar.weekendsOnly(), ServiceDurations.STATUTORY, now))
        .extracting(c -> c.clock() + "/" + c.state()).containsExactly("ACCIDENT_REPORT/MET");
    Claim rejected = new Claim(jkk.id(), jkk.workerId(), jkk.type(), jkk.incidentDate(), ClaimStatus.REJECTED, "x", null, 2);
    assertThat(CaseClocks.of(rejected, new CaseClocks.Milestones(null, null, null), WorkingDayCalendar.weekendsOnly(),
        ServiceDurations.STATUTORY, now)).isEmpty();
  }

  @Test
  void aBadAnswerIsRefusedAsAWhole() {
    Violations v = new Violations();
    BpjsAnswerRules.check(v, BpjsOutcome.PAID, -5L, List.of(), true, null, PAID_ON, JKM, Rupiah.ZERO, null, PAID_ON);
    assertThatThrownBy(v::throwIfAny).isInstanceOf(Invalid.class);
    assertThat(Set.copyOf(v.errors().stream().map(FieldError::field).toList())).containsExactly("amount");
  }
}
