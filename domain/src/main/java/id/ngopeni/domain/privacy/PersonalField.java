package id.ngopeni.domain.privacy;

/**
 * The pieces of personal data a read can carry. The access log records, per read, which of them
 * the answer carried in full; a masked identifier is not counted as read.
 */
public enum PersonalField {
  NIK, NAME, BIRTH_DATE, ADDRESS, PHONE, HEIR_NIK, HEIR_NAME, BANK_ACCOUNT, DOCUMENT;

  /** The wire name, e.g. {@code birth_date}. */
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
