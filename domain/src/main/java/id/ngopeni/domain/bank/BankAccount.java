package id.ngopeni.domain.bank;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.util.Optional;

/**
 * A checked destination account: known bank, account number of that bank's length, holder's
 * name as printed in the savings book.
 */
public record BankAccount(Bank bank, String number, String name) {
  static final int MIN_NAME_LENGTH = 3;
  static final int MAX_NAME_LENGTH = 100;

  /**
   * What banks accept as a holder's name in a transfer (BI-FAST, SKN and the banks' bulk-transfer
   * files): Latin letters, spaces and {@code . ' -}, starting with a letter. Indonesian names need
   * nothing more ({@code Ni Luh Putu Ayu}, {@code Abd. Rahman}, {@code Nur'aini}, {@code
   * Siti Aminah-Putri}); anything else (digits, commas, quotes, line breaks, other scripts) either
   * fails at the bank or could break a record of the transfer file.
   */
  private static final java.util.regex.Pattern NAME_CHARACTERS =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z .'-]*");

  public BankAccount {
    Components.requireNonNull("bank number name", bank, number, name);
  }

  /**
   * Checks all three fields and reports every failure at once. Spaces and dashes are dropped
   * from the account number first, because officers copy it from a savings book that prints it
   * grouped (BRI: {@code 0123-01-000123-30-5}); what remains must be digits only, of the bank's
   * length.
   *
   * @throws Invalid {@code validation_failed} with {@code bankCode} / {@code bank_unknown},
   *     {@code accountNumber} / {@code account_number_invalid}, {@code accountName} / {@code
   *     account_name_invalid} (length) or {@code account_name_characters} (see {@link
   *     #NAME_CHARACTERS})
   */
  public static BankAccount parse(String bankCode, String accountNumber, String accountName) {
    Violations violations = new Violations();
    Optional<BankAccount> account = parse(bankCode, accountNumber, accountName, violations);
    violations.throwIfAny();
    return account.orElseThrow();
  }

  /**
   * As {@link #parse(String, String, String)}, but adds failures to {@code violations} so a
   * caller can report them together with its own fields; empty if anything failed.
   */
  public static Optional<BankAccount> parse(
      String bankCode, String accountNumber, String accountName, Violations violations) {
    int before = violations.errors().size();
    Optional<Bank> bank = Bank.byCode(bankCode);
    if (bank.isEmpty()) {
      violations.add("bankCode", PayoutError.BANK_UNKNOWN);
    }
    String number = accountNumber == null ? "" : accountNumber.replaceAll("[\\s-]", "");
    if (!number.matches("\\d+")
        || bank.filter(b -> b.accountNumberLength() != number.length()).isPresent()) {
      violations.add(
          "accountNumber",
          PayoutError.ACCOUNT_NUMBER_INVALID,
          bank.map(b -> "A " + b.displayName() + " account number has "
                  + b.accountNumberLength() + " digits.")
              .orElse("An account number has digits only."));
    }
    String name = accountName == null ? "" : accountName.strip();
    if (name.length() < MIN_NAME_LENGTH || name.length() > MAX_NAME_LENGTH) {
      violations.add(
          "accountName", PayoutError.ACCOUNT_NAME_INVALID);
    } else if (!NAME_CHARACTERS.matcher(name).matches()) {
      violations.add("accountName", PayoutError.ACCOUNT_NAME_CHARACTERS);
    }
    return violations.errors().size() == before
        ? Optional.of(new BankAccount(bank.orElseThrow(), number, name))
        : Optional.empty();
  }
}
