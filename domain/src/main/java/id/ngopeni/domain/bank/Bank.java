package id.ngopeni.domain.bank;

import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.Invalid;
import java.util.Arrays;
import java.util.Optional;

/**
 * Banks payouts can go to, by their three-digit bank code (kode bank). {@link
 * #accountNumberLength()} is the length of a savings account number at that bank, as the banks
 * issue them today; the disbursement file is refused by the bank otherwise.
 */
public enum Bank {
  BRI("002", "Bank Rakyat Indonesia", 15),
  MANDIRI("008", "Bank Mandiri", 13),
  BNI("009", "Bank Negara Indonesia", 10),
  BCA("014", "Bank Central Asia", 10),
  BANK_JATIM("114", "Bank Jatim", 10),
  BTN("200", "Bank Tabungan Negara", 16),
  BSI("451", "Bank Syariah Indonesia", 10);

  private final String code;
  private final String displayName;
  private final int accountNumberLength;

  Bank(String code, String displayName, int accountNumberLength) {
    this.code = code;
    this.displayName = displayName;
    this.accountNumberLength = accountNumberLength;
  }

  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  public int accountNumberLength() {
    return accountNumberLength;
  }

  public static Optional<Bank> byCode(String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
  }

  /** @throws Invalid {@code bankCode} / {@code bank_unknown} */
  public static Bank require(String code) {
    return byCode(code)
        .orElseThrow(() -> Invalid.of("bankCode", PayoutError.BANK_UNKNOWN));
  }
}
