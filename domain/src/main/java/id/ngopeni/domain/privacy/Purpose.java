package id.ngopeni.domain.privacy;

import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.PrivacyError;
import java.util.Locale;

/**
 * Why someone needs a person's full identifiers (UU PDP 27/2022, art. 16: processing is limited
 * to a stated purpose). The list is fixed: a free-text reason would be typed once and mean
 * nothing; each purpose names a step of Ngopeni's own work.
 */
public enum Purpose {
  /** Checking the person in front of you against their KTP (registering, a home visit). */
  VERIFICATION,
  /** Filing or completing a claim with BPJS Ketenagakerjaan. */
  CLAIM_FILING,
  /** Registering the worker with BPJS (the BPU bulk registration file). */
  BPJS_REGISTRATION,
  /** Paying a benefit: the heir's identity and bank account. */
  PAYOUT,
  /** Correcting a wrong identifier on the person's or their family's request. */
  CORRECTION,
  /**
   * Answering the person's own request under UU 27/2022 (the report of everything held on them):
   * one person at a time, never a file of many.
   */
  SUBJECT_REQUEST;

  /** Reads a purpose sent by a client; refuses a missing or unknown one on {@code field}. */
  public static Purpose parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw Invalid.of(field, PrivacyError.PURPOSE_REQUIRED);
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Invalid.of(field, PrivacyError.PURPOSE_INVALID);
    }
  }
}
