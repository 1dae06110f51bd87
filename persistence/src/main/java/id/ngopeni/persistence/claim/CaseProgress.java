package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.FollowUpResolution;
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
 * @param resolution how a person closed the follow-up of {@code followUp}, or {@code null} while
 *     it is open (or nothing is flagged)
 */
public record CaseProgress(
    HandOver handOver, UUID handedOverBy, Instant accidentReportedAt, Rupiah paidTotal, Set<FollowUp> followUp,
    FollowUpResolution resolution) {

  public static final CaseProgress NONE = new CaseProgress(null, null, null, Rupiah.ZERO, Set.of(), null);

  public CaseProgress {
    followUp = Set.copyOf(followUp);
  }

  /** Whether the case is flagged and nobody closed the follow-up yet. */
  public boolean followUpOpen() {
    return !followUp.isEmpty() && resolution == null;
  }
}
