package id.ngopeni.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipPolicyTest {
  static final LocalDate TODAY = LocalDate.of(2025, 7, 15);
  static final MembershipPolicy POLICY = MembershipPolicy.DEFAULT;

  static MembershipRequest request(long income) {
    return new MembershipRequest(
        EnumSet.of(Program.JKK, Program.JKM), Rupiah.of(income), FundingSource.DBHCHT, TODAY);
  }

  private static List<String> codes(MembershipRequest r) {
    return POLICY.validate(r, TODAY).stream().map(FieldError::code).toList();
  }

  @Test
  void minimumPackageRequestIsAccepted() {
    assertThat(POLICY.validate(request(1_000_000), TODAY)).isEmpty();
    POLICY.check(request(1_000_000), TODAY);
  }

  @ParameterizedTest
  @CsvSource({
    "999999, income_out_of_range",
    "1000000, ",
    "1000001, ",
    "20699999, ",
    "20700000, ",
    "20700001, income_out_of_range",
    "0, income_out_of_range",
    "-1, income_out_of_range"
  })
  void incomeBoundsAreInclusive(long income, String expected) {
    if (expected == null) {
      assertThat(codes(request(income))).isEmpty();
    } else {
      assertThat(POLICY.validate(request(income), TODAY))
          .extracting(FieldError::field, FieldError::code)
          .containsExactly(tuple("declaredIncome", expected));
    }
  }

  @Test
  void incomeBoundsAreParameters() {
    MembershipPolicy narrow =
        new MembershipPolicy(Rupiah.of(2_000_000), Rupiah.of(3_000_000), 1, 3);
    assertThat(narrow.validate(request(1_000_000), TODAY))
        .extracting(FieldError::code)
        .containsExactly("income_out_of_range");
    assertThat(narrow.validate(request(3_000_000), TODAY)).isEmpty();
  }

  @Test
  void jkkAndJkmAreBothRequiredJhtIsOptional() {
    for (Set<Program> programs :
        List.<Set<Program>>of(
            Set.of(),
            Set.of(Program.JKK),
            Set.of(Program.JKM),
            Set.of(Program.JKK, Program.JHT),
            Set.of(Program.JHT))) {
      MembershipRequest r =
          new MembershipRequest(programs, Rupiah.of(1_000_000), FundingSource.APBD, TODAY);
      assertThat(codes(r)).as(programs.toString()).containsExactly("programs_required");
    }
    MembershipRequest all =
        new MembershipRequest(
            EnumSet.allOf(Program.class), Rupiah.of(1_000_000), FundingSource.APBD, TODAY);
    assertThat(codes(all)).isEmpty();
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    MembershipRequest empty = new MembershipRequest(null, null, null, null);
    assertThat(POLICY.validate(empty, TODAY))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("programs", "programs_required"),
            tuple("declaredIncome", "required"),
            tuple("fundingSource", "required"),
            tuple("startDate", "required"));
    assertThatThrownBy(() -> POLICY.check(empty, TODAY))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).hasSize(4));
  }

  @ParameterizedTest
  @CsvSource({
    "2015-07-01, true", // members enrolled before the system existed
    "2025-07-15, true",
    "2025-08-15, true", // exactly one month ahead
    "2025-08-16, false"
  })
  void startDateMayLieInThePastButAtMostOneMonthAhead(LocalDate start, boolean accepted) {
    MembershipRequest r =
        new MembershipRequest(
            EnumSet.of(Program.JKK, Program.JKM), Rupiah.of(1_000_000), FundingSource.APBD, start);
    assertThat(codes(r)).isEqualTo(accepted ? List.of() : List.of("start_too_far_ahead"));
  }

  @Test
  void oneMonthAheadOfTheLastDayOfJanuaryIsTheEndOfFebruary() {
    assertThat(POLICY.latestStart(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(POLICY.latestStart(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void inconsistentPolicyIsRefused() {
    assertThatThrownBy(() -> new MembershipPolicy(Rupiah.of(2), Rupiah.of(1), 1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MembershipPolicy(Rupiah.of(1), Rupiah.of(2), 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
