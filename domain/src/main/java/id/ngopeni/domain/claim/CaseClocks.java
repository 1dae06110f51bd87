package id.ngopeni.domain.claim;

import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.calendar.ClockReading;
import id.ngopeni.domain.calendar.ServiceClock;
import id.ngopeni.domain.calendar.ServiceClocks;
import id.ngopeni.domain.calendar.ServiceDurations;
import id.ngopeni.domain.calendar.WorkingDayCalendar;
import id.ngopeni.domain.membership.Program;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The service clocks of one case: the accident report (JKK, 2 × 24 hours from the incident)
 * and BPJS's payment (working days from the hand-over of the complete file, stopped by BPJS's
 * first answer). A case the office closed, and a claim the city paid before cases went to BPJS,
 * run no clocks.
 */
public final class CaseClocks {
  private CaseClocks() {}

  /** When the case's clocks start and stop; {@code null} where it has not happened. */
  public record Milestones(LocalDate handedOverOn, LocalDate firstAnswerOn, Instant accidentReportedAt) {}

  public static List<ClockReading> of(Claim claim, Milestones milestones, WorkingDayCalendar calendar,
      ServiceDurations durations, Instant now) {
    List<ClockReading> clocks = new ArrayList<>();
    if (claim.status() == ClaimStatus.REJECTED || claim.status() == ClaimStatus.PAID) {
      return clocks;
    }
    LocalDate today = now.atZone(Jakarta.ZONE).toLocalDate();
    if (claim.type().program() == Program.JKK) {
      durations.inForce(ServiceClock.ACCIDENT_REPORT, claim.incidentDate()).ifPresent(d ->
          clocks.add(ServiceClocks.hoursFromDay(ServiceClock.ACCIDENT_REPORT, d.amount(), claim.incidentDate(),
              Jakarta.ZONE, milestones.accidentReportedAt(), now)));
    }
    if (milestones.handedOverOn() != null) {
      ServiceClock payment = paymentClock(claim.type());
      durations.inForce(payment, milestones.handedOverOn()).ifPresent(d ->
          clocks.add(ServiceClocks.workingDays(payment, d.amount(), calendar, milestones.handedOverOn(),
              milestones.firstAnswerOn(), today)));
    }
    return clocks;
  }

  /** JKM is paid within its own clock; every JKK benefit within JKK's. */
  public static ServiceClock paymentClock(ClaimType type) {
    return type.program() == Program.JKM ? ServiceClock.JKM_PAYMENT : ServiceClock.JKK_PAYMENT;
  }

  public static boolean anyOverdue(List<ClockReading> clocks) {
    return clocks.stream().anyMatch(c -> c.state().isOverdue());
  }
}
