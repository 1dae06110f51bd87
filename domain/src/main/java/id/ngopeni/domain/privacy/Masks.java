package id.ngopeni.domain.privacy;

/**
 * How each identifier Ngopeni holds is shown by default (UU PDP 27/2022: purpose limitation —
 * a screen that does not need the full value does not get it). One mask character, {@code •}.
 *
 * <ul>
 *   <li>NIK: the first four digits (province and regency, public anyway) and the last four (the
 *       serial, enough to tell people apart on one screen): {@code 3573••••••••0001}. The birth
 *       date segment is hidden.
 *   <li>Phone: the operator prefix (four characters, or five with {@code +62}) and the last three
 *       digits: {@code 0812••••567}, {@code +6281••••••890}.
 *   <li>Bank account number: the last four digits only: {@code ••••••••3305}.
 * </ul>
 *
 * Every mask keeps the value's length, so a clerk comparing with a paper form sees a match.
 */
public final class Masks {
  public static final char DOT = '•';

  private Masks() {}

  /** A stored NIK as lists show it; anything but 16 characters becomes 16 dots. */
  public static String nik(String digits) {
    if (digits == null) {
      return null;
    }
    if (digits.length() != 16) {
      return dots(16);
    }
    return digits.substring(0, 4) + dots(8) + digits.substring(12);
  }

  /** A stored phone number as lists show it; null stays null. */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    int head = phone.startsWith("+") ? 5 : 4;
    int tail = 3;
    if (phone.length() <= head + tail) {
      return dots(phone.length());
    }
    return phone.substring(0, head) + dots(phone.length() - head - tail) + phone.substring(phone.length() - tail);
  }

  /** A bank account number as lists show it: only its last four digits. */
  public static String accountNumber(String number) {
    if (number == null) {
      return null;
    }
    if (number.length() <= 4) {
      return dots(number.length());
    }
    return dots(number.length() - 4) + number.substring(number.length() - 4);
  }

  /** Whether a value is a mask (holds the mask character): never to be stored back. */
  public static boolean isMasked(String value) {
    return value != null && value.indexOf(DOT) >= 0;
  }

  private static String dots(int n) {
    return String.valueOf(DOT).repeat(n);
  }
}
