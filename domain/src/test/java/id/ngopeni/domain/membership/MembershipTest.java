package id.ngopeni.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipTest {

  static Membership startingOn(LocalDate start) {
    return TestMemberships.minimumPackage(start, FundingSource.DBHCHT);
  }

  private static final Membership MARCH_15 = startingOn(LocalDate.of(2025, 3, 15));

  @Test
  void enrolmentIsActiveOpenEndedVersionZero() {
    assertThat(MARCH_15.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(MARCH_15.endDate()).isNull();
    assertThat(MARCH_15.version()).isZero();
  }

  @Test
  void endReturnsANewEndedRecordAndLeavesTheOldOneAlone() {
    Membership ended = MARCH_15.end(LocalDate.of(2025, 6, 10), "  moved away ");
    assertThat(ended.status()).isEqualTo(MembershipStatus.ENDED);
    assertThat(ended.endDate()).isEqualTo(LocalDate.of(2025, 6, 10));
    assertThat(ended.endReason()).isEqualTo("moved away");
    assertThat(ended.version()).isEqualTo(1);
    assertThat(MARCH_15.status()).isEqualTo(MembershipStatus.ACTIVE);
  }

  @Test
  void endingOnTheStartDateIsAllowedTheDayBeforeIsNot() {
    assertThat(
            MARCH_15.end(LocalDate.of(2025, 3, 15), "error").isActiveOn(LocalDate.of(2025, 3, 15)))
        .isTrue();
    assertThatThrownBy(() -> MARCH_15.end(LocalDate.of(2025, 3, 14), "error"))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::code)
                    .containsExactly("end_before_start"));
  }

  @Test
  void endNeedsADateAndAReason() {
    assertThatThrownBy(() -> MARCH_15.end(null, " "))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("endDate", "reason"));
  }

  @Test
  void endingAnEndedOrLapsedMembershipIsAConflict() {
    Membership ended = MARCH_15.end(LocalDate.of(2025, 6, 10), "moved away");
    Membership lapsed = MARCH_15.lapse(LocalDate.of(2025, 5, 31));
    for (Membership m : new Membership[] {ended, lapsed}) {
      assertThatThrownBy(() -> m.end(LocalDate.of(2025, 7, 1), "again"))
          .isInstanceOfSatisfying(
              Conflict.class, c -> assertThat(c.code()).isEqualTo("membership_not_active"));
      assertThatThrownBy(() -> m.lapse(LocalDate.of(2025, 7, 1))).isInstanceOf(Conflict.class);
    }
  }

  @Test
  void isActiveOnIncludesBothEnds() {
    Membership ended = MARCH_15.end(LocalDate.of(2025, 6, 10), "moved away");
    assertThat(ended.isActiveOn(LocalDate.of(2025, 3, 14))).isFalse();
    assertThat(ended.isActiveOn(LocalDate.of(2025, 3, 15))).isTrue();
    assertThat(ended.isActiveOn(LocalDate.of(2025, 6, 10))).isTrue();
    assertThat(ended.isActiveOn(LocalDate.of(2025, 6, 11))).isFalse();
    assertThat(MARCH_15.isActiveOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void aMonthIsBilledWhenActiveOnAnyDayOfIt() {
    Membership ended = MARCH_15.end(LocalDate.of(2025, 6, 1), "moved away");
    assertThat(ended.isBilledFor(YearMonth.of(2025, 2))).isFalse();
    assertThat(ended.isBilledFor(YearMonth.of(2025, 3))).isTrue(); // from the 15th
    assertThat(ended.isBilledFor(YearMonth.of(2025, 6))).isTrue(); // only the 1st
    assertThat(ended.isBilledFor(YearMonth.of(2025, 7))).isFalse();
    assertThat(ended.activeMonths(Year.of(2025)))
        .containsExactly(
            YearMonth.of(2025, 3),
            YearMonth.of(2025, 4),
            YearMonth.of(2025, 5),
            YearMonth.of(2025, 6));
  }

  @Test
  void membershipStartingOnTheLastDayOfALeapFebruaryIsBilledForFebruary() {
    Membership leap = startingOn(LocalDate.of(2024, 2, 29));
    assertThat(leap.activeMonths(Year.of(2024)))
        .hasSize(11)
        .first()
        .isEqualTo(YearMonth.of(2024, 2));
    Membership endsFeb28 = startingOn(LocalDate.of(2023, 1, 1)).end(LocalDate.of(2024, 2, 28), "x");
    assertThat(endsFeb28.activeMonths(Year.of(2024)))
        .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
  }

  @ParameterizedTest
  @CsvSource({"2024, 0", "2025, 10", "2026, 12"})
  void activeMonthsOfAWholeYear(int year, int months) {
    assertThat(MARCH_15.activeMonths(Year.of(year))).hasSize(months);
  }

  @Test
  void billedMonthsOverARange() {
    assertThat(MARCH_15.billedMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 4)))
        .containsExactly(YearMonth.of(2025, Month.MARCH), YearMonth.of(2025, Month.APRIL));
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, false", "2, false", "3, true", "4, true"})
  void lapsesAfterThreeUnpaidInvoices(int unpaid, boolean lapse) {
    assertThat(MARCH_15.shouldLapse(unpaid)).isEqualTo(lapse);
  }

  @Test
  void onlyAnActiveMembershipLapses() {
    assertThat(MARCH_15.end(LocalDate.of(2025, 6, 1), "x").shouldLapse(5)).isFalse();
    MembershipPolicy strict =
        new MembershipPolicy(Rupiah.of(1_000_000), Rupiah.of(20_700_000), 1, 2);
    assertThat(strict.shouldLapse(MARCH_15, 2)).isTrue();
  }

  @Test
  void lapseCoversUpToTheLastPaidDay() {
    Membership lapsed = MARCH_15.lapse(LocalDate.of(2025, 5, 31));
    assertThat(lapsed.status()).isEqualTo(MembershipStatus.LAPSED);
    assertThat(lapsed.isActiveOn(LocalDate.of(2025, 5, 31))).isTrue();
    assertThat(lapsed.isActiveOn(LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(lapsed.version()).isEqualTo(1);
    // Never paid at all: the cover ends the day it began rather than before it.
    assertThat(MARCH_15.lapse(LocalDate.of(2025, 2, 28)).endDate())
        .isEqualTo(LocalDate.of(2025, 3, 15));
  }

  @Test
  void recordRefusesAnEndDateThatContradictsTheStatus() {
    assertThatThrownBy(() -> withEnd(LocalDate.of(2025, 2, 1), MembershipStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withEnd(null, MembershipStatus.ENDED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withEnd(LocalDate.of(2024, 12, 31), MembershipStatus.LAPSED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Membership withEnd(LocalDate endDate, MembershipStatus status) {
    return new Membership(
        UUID.randomUUID(),
        UUID.randomUUID(),
        EnumSet.of(Program.JKK),
        Rupiah.of(1),
        FundingSource.APBD,
        LocalDate.of(2025, 1, 1),
        endDate,
        null,
        status,
        0);
  }
}
