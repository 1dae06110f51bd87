package id.ngopeni.api.claim;

import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.calendar.ClockReading;
import id.ngopeni.domain.calendar.ServiceDurations;
import id.ngopeni.domain.calendar.WorkingDayCalendar;
import id.ngopeni.domain.claim.BpjsAnswer;
import id.ngopeni.domain.claim.CaseClocks;
import id.ngopeni.domain.claim.PaymentCheck;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.persistence.calendar.CalendarRepository;
import id.ngopeni.persistence.claim.ClaimCaseRepository;
import id.ngopeni.persistence.claim.ClaimFactsRepository;
import id.ngopeni.persistence.claim.StoredAnswer;
import id.ngopeni.persistence.claim.StoredClaim;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds what a case page shows from what is stored: BPJS's answers, the service clocks on the
 * holiday calendar, and expected vs paid. Reads only, on the client it is given.
 */
public record ClaimCases(Clock clock, ClaimCaseRepository cases, ClaimFactsRepository facts,
    CalendarRepository calendar) {

  /** The clocks' inputs: the calendar from {@code firstYear} to next year, and the durations. */
  public record ClockInputs(WorkingDayCalendar calendar, ServiceDurations durations, Instant now) {}

  public Future<ClockInputs> clockInputs(SqlClient db, int firstYear) {
    Instant now = clock.instant();
    int nextYear = Jakarta.today(clock).getYear() + 1;
    return calendar.calendar(db, Math.min(firstYear, nextYear), nextYear)
        .compose(days -> calendar.durations(db).map(durations -> new ClockInputs(days, durations, now)));
  }

  public Future<CaseView> view(SqlClient db, StoredClaim stored) {
    return cases.answers(db, stored.id())
        .compose(answers -> facts.heirs(db, stored.claim().workerId())
            .compose(heirs -> clockInputs(db, stored.claim().incidentDate().getYear())
                .map(inputs -> view(stored, answers, heirs, inputs))));
  }

  static CaseView view(StoredClaim stored, List<StoredAnswer> answers, List<Heir> heirs, ClockInputs inputs) {
    List<BpjsAnswer> given = answers.stream().map(StoredAnswer::answer).toList();
    PaymentCheck check = PaymentCheck.of(stored.claim().type(), stored.entitlement(), given, relationships(heirs));
    LocalDate firstAnswer = given.isEmpty() ? null : given.get(0).answeredOn();
    return new CaseView(stored, answers, clocks(stored, firstAnswer, inputs), check);
  }

  /** The clocks of a case; {@code firstAnswerOn} is {@code null} until BPJS answered. */
  static List<ClockReading> clocks(StoredClaim stored, LocalDate firstAnswerOn, ClockInputs inputs) {
    var progress = stored.progress();
    var milestones = new CaseClocks.Milestones(
        progress.handOver() == null ? null : progress.handOver().handedOverOn(), firstAnswerOn,
        progress.accidentReportedAt());
    return CaseClocks.of(stored.claim(), milestones, inputs.calendar(), inputs.durations(), inputs.now());
  }

  static List<HeirRelationship> relationships(List<Heir> heirs) {
    return heirs.stream().map(Heir::relationship).toList();
  }
}
