package id.ngopeni.domain.privacy;

/**
 * The pieces of personal data a read can carry. The access log records, per read, which of them
 * the answer carried in full; a masked identifier is not counted as read. {@code CLAIM} is a
 * claim's case (the incident, injury or illness, medical costs and benefit): data about health,
 * a specific kind of personal data (UU 27/2022 art. 4). {@code MEMBERSHIP} is a BPJS membership:
 * the participant number (KPJ) and the declared income.
 */
public enum PersonalField {
  NIK, NAME, BIRTH_DATE, ADDRESS, PHONE, HEIR_NIK, HEIR_NAME, BANK_ACCOUNT, DOCUMENT, CLAIM, MEMBERSHIP;

  /** The wire name, e.g. {@code birth_date}. */
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
