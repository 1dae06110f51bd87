package id.ngopeni.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountTest {

  @ParameterizedTest
  @CsvSource({
    "002, BRI, 15", "008, MANDIRI, 13", "009, BNI, 10", "014, BCA, 10",
    "114, BANK_JATIM, 10", "200, BTN, 16", "451, BSI, 10"
  })
  void knowsTheBanksByCodeAndTheirAccountLength(String code, Bank bank, int length) {
    assertThat(Bank.byCode(code)).contains(bank);
    assertThat(Bank.require(code)).isEqualTo(bank);
    assertThat(bank.accountNumberLength()).isEqualTo(length);
    BankAccount ok = BankAccount.parse(code, "1".repeat(length), "Siti Aminah");
    assertThat(ok.number()).hasSize(length);
    assertThat(ok.bank()).isEqualTo(bank);
    assertThat(codesOf(code, "1".repeat(length - 1), "Siti")).containsExactly("account_number_invalid");
    assertThat(codesOf(code, "1".repeat(length + 1), "Siti")).containsExactly("account_number_invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "0002", "999", "BRI"})
  void refusesUnknownBankCodes(String code) {
    assertThat(Bank.byCode(code)).isEmpty();
    assertThatThrownBy(() -> Bank.require(code))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
            .extracting(FieldError::field, FieldError::code)
            .containsExactly(tuple("bankCode", "bank_unknown")));
  }

  @Test
  void dropsTheGroupingOfAPrintedAccountNumber() {
    assertThat(BankAccount.parse("002", "0123-01-000123-30-5", " Siti ").number()).isEqualTo("012301000123305");
    assertThat(BankAccount.parse("014", "123 456 7890", "Siti").name()).isEqualTo("Siti");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345678O0", "123456789.", "+123456789"})
  void accountNumberIsDigitsOnly(String number) {
    assertThat(codesOf("014", number, "Siti")).containsExactly("account_number_invalid");
  }

  @Test
  void accountNameIsThreeToOneHundredCharacters() {
    assertThat(codesOf("014", "1234567890", "Abc")).isEmpty();
    assertThat(codesOf("014", "1234567890", "A".repeat(100))).isEmpty();
    assertThat(codesOf("014", "1234567890", "  Ab  ")).containsExactly("account_name_invalid");
    assertThat(codesOf("014", "1234567890", "A".repeat(101))).containsExactly("account_name_invalid");
    assertThat(codesOf("014", "1234567890", null)).containsExactly("account_name_invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ni Luh Putu Ayu", "Abd. Rahman", "Nur'aini", "Siti Aminah-Putri", "I Gusti Ngurah Rai"})
  void accountNameTakesIndonesianNamesAsBanksPrintThem(String name) {
    assertThat(codesOf("014", "1234567890", name)).isEmpty();
  }

  /** Issue 13.2: a CR/LF in the holder's name made a second record appear in the bank's transfer file. */
  @ParameterizedTest
  @ValueSource(strings = {"Siti\r\n019,002,0123,Eve,1", "Siti\nAminah", "Siti\tAminah", "Siti\u0000Aminah",
      "Siti, Aminah", "Siti \"Aminah\"", "Budi 2", "-Siti", "=HYPERLINK(1)", "Siti\u2028Aminah", "Сити Аминах"})
  void accountNameRefusesWhatBanksDoNotAccept(String name) {
    assertThat(codesOf("014", "1234567890", name)).containsExactly("account_name_characters");
  }

  @Test
  void reportsEveryFieldAtOnce() {
    assertThat(codesOf("777", null, ""))
        .containsExactly("bank_unknown", "account_number_invalid", "account_name_invalid");
  }

  @Test
  void biFastCapIsTwoHundredFiftyMillion() {
    assertThat(TransferLimit.BI_FAST_MAX).isEqualTo(Rupiah.of(250_000_000));
  }

  static List<String> codesOf(String code, String number, String name) {
    Violations v = new Violations();
    BankAccount.parse(code, number, name, v);
    return v.errors().stream().map(FieldError::code).toList();
  }
}
