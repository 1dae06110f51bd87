package id.ngopeni.domain.santunan;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one event gives under one programme: the programme's amount for the event's kind, in
 * force on the event date. Payouts draw on it (never more than its amount in all) and on the
 * programme's budget.
 */
public record SantunanEntitlement(
    UUID id, UUID eventId, UUID programmeId, UUID workerId, EventKind kind, LocalDate eventDate, Rupiah amount) {
  public SantunanEntitlement {
    Components.requireNonNull("id programmeId workerId kind amount", id, programmeId, workerId, kind, amount);
  }
}
