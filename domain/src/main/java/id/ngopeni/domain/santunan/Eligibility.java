package id.ngopeni.domain.santunan;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.SantunanError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which programmes an event gives an entitlement under: every programme in force on the event
 * date that pays for its kind and whose rules the worker meets (category, the funding source of
 * the membership active on the event date, and that membership itself where required). The
 * amount is the programme's for the kind, as the programme stands when the event is recorded.
 */
public final class Eligibility {
  private Eligibility() {}

  /**
   * One entitlement per programme the worker is eligible under, or {@link Invalid} naming why the
   * closest programme refused: {@code eventDate} (nothing in force), {@code kind} (nothing in
   * force pays for it), or {@code workerId} (category, funding source, no active membership).
   */
  public static List<SantunanEntitlement> entitlements(
      UUID eventId, EventKind kind, LocalDate eventDate, WorkerFacts worker, List<Programme> programmes) {
    List<Programme> inForce = programmes.stream().filter(p -> p.inForce(eventDate)).toList();
    if (inForce.isEmpty()) {
      throw refused("eventDate", SantunanError.NO_PROGRAMME_IN_FORCE);
    }
    List<Programme> paying = inForce.stream().filter(p -> p.amountFor(kind).isPresent()).toList();
    if (paying.isEmpty()) {
      throw refused("kind", SantunanError.EVENT_KIND_NOT_COVERED);
    }
    List<SantunanEntitlement> out = new ArrayList<>();
    ErrorCode firstReason = null;
    for (Programme p : paying) {
      Optional<ErrorCode> reason = reason(p, eventDate, worker);
      if (reason.isEmpty()) {
        out.add(new SantunanEntitlement(Ids.newId(), eventId, p.id(), worker.workerId(), kind, eventDate,
            p.amountFor(kind).orElseThrow()));
      } else if (firstReason == null) {
        firstReason = reason.get();
      }
    }
    if (out.isEmpty()) {
      throw refused("workerId", firstReason);
    }
    return out;
  }

  /** Why {@code worker} is not eligible under {@code p} for an event on {@code date}, if not. */
  public static Optional<ErrorCode> reason(Programme p, LocalDate date, WorkerFacts worker) {
    if (!p.covers(worker.category())) {
      return Optional.of(SantunanError.CATEGORY_NOT_COVERED);
    }
    Optional<WorkerFacts.Span> active = worker.activeOn(date);
    if (p.requiresActiveMembership() && active.isEmpty()) {
      return Optional.of(SantunanError.NO_MEMBERSHIP_ON_EVENT_DATE);
    }
    if (!p.membershipSources().isEmpty()) {
      Optional<FundingSource> source = active.map(WorkerFacts.Span::source);
      if (source.isEmpty() || !p.coversSource(source.get())) {
        return Optional.of(SantunanError.FUNDING_SOURCE_NOT_COVERED);
      }
    }
    return Optional.empty();
  }

  private static Invalid refused(String field, ErrorCode code) {
    String message = code.spec().message();
    return new Invalid(code, message, List.of(new FieldError(field, code, message)));
  }
}
