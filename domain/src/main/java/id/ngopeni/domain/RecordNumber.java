package id.ngopeni.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers people read aloud and type instead of a UUID (issue 19.6): a prefix of the kind, the
 * year (WIB) the record was made and its place in that year's sequence, {@code KLM-2026-000123}.
 * The database assigns them at insert (migration V53); this is how a number typed into a search
 * is read: letters in any case, the dashes optional, the count with or without its leading zeros.
 */
public enum RecordNumber {
  /** Klaim: a case with BPJS. */
  CLAIM("KLM"),
  /** Pembayaran: a payout of a santunan entitlement. */
  PAYOUT("BYR"),
  /** Batch transfer: the payouts sent to the bank in one file. */
  BATCH("BTH");

  private static final Pattern TYPED = Pattern.compile("([A-Za-z]{3})-?([0-9]{4})-?0*([0-9]{1,12})");

  private final String prefix;

  RecordNumber(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** The number as stored, or empty if {@code text} is no number of this kind. */
  public Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TYPED.matcher(text.strip());
    if (!m.matches() || !m.group(1).toUpperCase(Locale.ROOT).equals(prefix)) {
      return Optional.empty();
    }
    long count = Long.parseLong(m.group(3));
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(format(Integer.parseInt(m.group(2)), count));
  }

  /** {@code PREFIX-YYYY-NNNNNN}: six digits at least, as the database writes them. */
  public String format(int year, long count) {
    return "%s-%04d-%06d".formatted(prefix, year, count);
  }
}
