package id.ngopeni.domain.bpjs;

/**
 * BPJS Ketenagakerjaan's participant number (KPJ, printed on the Kartu Peserta). Usually 11
 * digits; the exact length is not published, so any 8 to 20 digits are accepted.
 */
public final class Kpj {
  public static final int MIN_DIGITS = 8;
  public static final int MAX_DIGITS = 20;

  private Kpj() {}

  /** The KPJ as BPJS's files write it, with spaces, dots and dashes between the digits dropped. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String t = text.strip();
    return t.chars().allMatch(c -> c >= '0' && c <= '9') ? t : t.replaceAll("[\\s.\\-]", "");
  }

  public static boolean isValid(String kpj) {
    return kpj != null && kpj.length() >= MIN_DIGITS && kpj.length() <= MAX_DIGITS
        && kpj.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whether the cell is a 16-digit NIK (its structure is the registry's business, not this file's). */
  public static boolean looksLikeNik(String nik) {
    return nik != null && nik.length() == 16 && nik.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
