package id.ngopeni.persistence.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What BPJS reconciliation and the city's santunan hold on one person, for their report: the
 * refunds due for premiums paid after their death, the differences BPJS's bill showed on them and
 * what was decided, their santunan events with what each gave, and their recorded death.
 */
public record SubjectBenefits(List<Refund> refunds, List<Difference> differences, List<SantunanEvent> santunanEvents,
    Optional<Death> death) {

  /** Premium paid for a month after the death, to come back from BPJS (status DUE or RECEIVED). */
  public record Refund(UUID id, LocalDate period, String fundingSource, long amount, String status, LocalDate receivedOn,
      String reference, Instant createdAt) {}

  /** A difference between the city's invoice and BPJS's bill; {@code action} null while open. */
  public record Difference(UUID id, LocalDate period, String kind, String fundingSource, long cityAmount, long bpjsAmount,
      String detail, String action, String reason, Long amountToPay, Instant resolvedAt) {}

  /** A death or work accident recorded for the city's santunan, with what each programme gave for it. */
  public record SantunanEvent(UUID id, String kind, LocalDate eventDate, UUID claimId, String proofNote, Instant createdAt,
      List<Entitlement> entitlements) {}

  /** What one programme gives for an event. */
  public record Entitlement(String programme, long amount) {}

  /** The recorded death: from the registry or a claim. */
  public record Death(LocalDate deathDate, String source, Instant recordedAt) {}
}
