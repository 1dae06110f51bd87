package id.ngopeni.domain.worker;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.WorkerError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules for each segment of a 16-digit NIK ({@code PP KK CC DDMMYY SSSS}). Kept apart from
 * {@link Nik} so the value type stays small; every method expects 16 ASCII digits.
 */
final class NikSegments {
  /** Kemendagri province codes; a NIK from any other prefix was never issued. */
  static final Set<Integer> PROVINCES =
      Set.of(
          11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63,
          64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96);

  /** Women's NIKs carry the day of birth plus this. */
  static final int FEMALE_DAY_OFFSET = 40;

  private NikSegments() {}

  /** The error codes of every segment that breaks a rule, in segment order; empty if valid. */
  static List<ErrorCode> violations(String digits) {
    List<ErrorCode> codes = new ArrayList<>(2);
    if (!PROVINCES.contains(number(digits, 0, 2))) {
      codes.add(WorkerError.NIK_PROVINCE_INVALID);
    }
    if (number(digits, 2, 4) == 0) {
      codes.add(WorkerError.NIK_REGENCY_INVALID);
    }
    if (number(digits, 4, 6) == 0) {
      codes.add(WorkerError.NIK_KECAMATAN_INVALID);
    }
    if (!isBirthDate(number(digits, 6, 8), number(digits, 8, 10), number(digits, 10, 12))) {
      codes.add(WorkerError.NIK_BIRTH_DATE_INVALID);
    }
    if (number(digits, 12, 16) == 0) {
      codes.add(WorkerError.NIK_SERIAL_INVALID);
    }
    return codes;
  }

  static int number(String digits, int from, int to) {
    return Integer.parseInt(digits, from, to, 10);
  }

  /**
   * True if DD MM YY can be someone's birth date. The century is unknown here, so Feb 29 is allowed
   * when YY is a multiple of 4: 00 is 2000, a leap year (1900 was not, but a NIK holder born in
   * 1900 is no longer registering).
   */
  static boolean isBirthDate(int encodedDay, int month, int twoDigitYear) {
    int day = encodedDay > FEMALE_DAY_OFFSET ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
    boolean dayInRange =
        (encodedDay >= 1 && encodedDay <= 31) || (encodedDay >= 41 && encodedDay <= 71);
    if (!dayInRange || month < 1 || month > 12) {
      return false;
    }
    return day <= daysIn(month, twoDigitYear % 4 == 0);
  }

  private static int daysIn(int month, boolean leap) {
    return switch (month) {
      case 2 -> leap ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
