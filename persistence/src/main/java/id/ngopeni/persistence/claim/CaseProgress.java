package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.HandOver;
import id.ngopeni.domain.claim.PaymentCheck.FollowUp;
import id.ngopeni.domain.money.Rupiah;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * How far the city has followed a case with BPJS: the hand-over, the accident report, what
 * BPJS paid in all and why the case is flagged.
 *
 * @param handOver {@code null} until the file is handed over
 * @param accidentReportedAt when a JKK accident was reported to BPJS, or {@code null}
 */
public record CaseProgress(
    HandOver handOver, UUID handedOverBy, Instant accidentReportedAt, Rupiah paidTotal, Set<FollowUp> followUp) {

  public static final CaseProgress NONE = new CaseProgress(null, null, null, Rupiah.ZERO, Set.of());

  public CaseProgress {
    followUp = Set.copyOf(followUp);
  }
}
