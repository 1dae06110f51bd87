package id.ngopeni.domain.worker;

import java.time.Duration;

/**
 * How many answers that reveal a registered NIK (a {@code duplicate_nik} refusal, a lookup that
 * found a worker) a field officer may get within {@code window}. Past {@code maxProbes}, every
 * question that could answer so is refused until the window ends, before the NIK is looked at.
 * A field officer registers people in their own kelurahan: a stream of NIKs that already exist
 * looks like someone testing which NIKs are registered.
 */
public record NikProbePolicy(int maxProbes, Duration window) {
  public static final NikProbePolicy DEFAULT = new NikProbePolicy(20, Duration.ofHours(1));

  public NikProbePolicy {
    if (maxProbes < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("NIK probe limits out of range");
    }
  }
}
