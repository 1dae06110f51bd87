package id.ngopeni.domain.privacy;

import java.util.Locale;

/**
 * The kinds of record Ngopeni keeps only for a while (UU 27/2022 on personal data protection:
 * Pasal 16 ayat (2), data is destroyed or erased once its retention period ends; Pasal 43 ayat
 * (1), erased once no longer needed for the purpose it was processed for; Pasal 44, destroyed
 * when its retention ends under the archive retention schedule). Each kind has a default period
 * in days, its reasoning below, and a floor a configuration may not go under
 * ({@code NGOPENI_RETENTION_<KIND>_DAYS}; see {@link RetentionPeriods}).
 *
 * <p>Records a regulation requires longer (the budget's books, payouts, memberships, the audit
 * trail) are not retention kinds: they stay under the city's archive retention schedule (JRA,
 * UU 43/2009 on archives and PP 28/2012), which Ngopeni does not shorten.
 */
public enum RetentionKind {
  /**
   * The refused rows of finished bulk imports (field, code, message per failing field) and any
   * uploaded file still stored with them. They exist so the officer who uploaded the file can
   * correct the rows and upload them again; a quarter covers that with room to spare, after
   * which they serve no purpose (Pasal 43 ayat (1) huruf a). The import itself (who, when,
   * counts) stays. Floor: a week, so a correction in progress is never cut short.
   */
  IMPORT_REJECTS(90, 7, RetentionAction.DELETE),
  /**
   * Registrations merged away as duplicates of another worker, or deleted (table
   * {@code worker_removal}): kept a year after the removal so a wrong merge or deletion can be
   * contested and undone within the budget year, then deleted with their heirs. One that other
   * records still name (a membership, a payout: the city's books keep those) is held and
   * counted, never deleted under them. Floor: 30 days.
   */
  REMOVED_REGISTRATIONS(365, 30, RetentionAction.DELETE),
  /**
   * The scans of a closed claim case (KTP, family card, death certificate, bank book, …: the
   * most sensitive files Ngopeni holds). A case is closed when its status is final, no
   * follow-up is open and none of its payouts is still under way; its period runs from its last
   * change. Five years: the santunan the city paid on such a case may be examined by the audit
   * board and a loss to the region claimed back within five years of its discovery (UU 1/2004
   * on the state treasury, Pasal 65), and the documents are that payment's evidence. Afterwards
   * the bytes are erased; the case keeps which documents it had (kind, size, SHA-256, who
   * uploaded them when). Floor: a year.
   */
  CLOSED_CLAIM_DOCUMENTS(1826, 365, RetentionAction.ANONYMISE),
  /**
   * Sign-in records: refresh tokens (whose session, when) that expired, and failed-login
   * counters (username, address) no longer locking anyone. Kept 90 days for investigating an
   * account's misuse or a breach, the usual span of security logs; the tokens themselves are
   * useless a day after expiry. Floor: one day.
   */
  SESSIONS(90, 1, RetentionAction.DELETE),
  /**
   * The access log (who read whose personal data): five years, long enough to answer a data
   * subject's access request about past years (Pasal 32) and to find the people affected by a
   * breach discovered late (Pasal 46). Deleted by the database owner's function only (the
   * application may append and read it, nothing else). Floor: a year.
   */
  ACCESS_LOG(1826, 365, RetentionAction.DELETE);

  /** No period is longer than a century: a typo, not a policy. */
  public static final int MAX_DAYS = 36_500;

  private final int defaultDays;
  private final int minimumDays;
  private final RetentionAction action;

  RetentionKind(int defaultDays, int minimumDays, RetentionAction action) {
    this.defaultDays = defaultDays;
    this.minimumDays = minimumDays;
    this.action = action;
  }

  public int defaultDays() {
    return defaultDays;
  }

  public int minimumDays() {
    return minimumDays;
  }

  public RetentionAction action() {
    return action;
  }

  /** The wire name and the key of {@code retention_period}, e.g. {@code closed_claim_documents}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named by a wire name or enum name, or null. */
  public static RetentionKind of(String key) {
    for (RetentionKind k : values()) {
      if (k.key().equals(key) || k.name().equals(key)) {
        return k;
      }
    }
    return null;
  }
}
