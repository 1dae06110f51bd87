package id.ngopeni.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipRequest;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MonthlyBillTest {
  private static final Membership ALL_YEAR = BudgetPositionsTest.MEMBERS.get(0);
  private static final Membership UNTIL_AUGUST_15 = BudgetPositionsTest.MEMBERS.get(1);
  private static final Membership FROM_SEPTEMBER_10 = BudgetPositionsTest.MEMBERS.get(2);

  private static MonthlyBill bill(int month, FundingSource source) {
    return MonthlyBill.of(
        YearMonth.of(2025, month),
        source,
        BudgetPositionsTest.MEMBERS,
        BudgetPositionsTest.DEFAULTS);
  }

  @Test
  void billsEveryMembershipOfTheSourceActiveOnAnyDayOfTheMonth() {
    assertThat(bill(8, FundingSource.DBHCHT).lines())
        .extracting(MonthlyBill.Line::membershipId)
        .containsExactlyInAnyOrder(ALL_YEAR.id(), UNTIL_AUGUST_15.id());
    assertThat(bill(8, FundingSource.DBHCHT).total()).isEqualTo(Rupiah.of(2 * 16_800));
    assertThat(bill(9, FundingSource.DBHCHT).lines())
        .extracting(MonthlyBill.Line::membershipId)
        .containsExactlyInAnyOrder(ALL_YEAR.id(), FROM_SEPTEMBER_10.id());
    assertThat(bill(9, FundingSource.APBD).total()).isEqualTo(Rupiah.of(16_800));
    assertThat(bill(9, FundingSource.BUMN).lines()).isEmpty();
    assertThat(bill(9, FundingSource.BUMN).total()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void eachLineCarriesTheMembersOwnPremium() {
    Membership withJht =
        Membership.enrol(
            UUID.randomUUID(),
            UUID.randomUUID(),
            new MembershipRequest(
                EnumSet.allOf(Program.class),
                Rupiah.of(2_000_000),
                FundingSource.PERUSAHAAN,
                LocalDate.of(2025, 1, 1)));
    MonthlyBill bill =
        MonthlyBill.of(
            YearMonth.of(2025, 2),
            FundingSource.PERUSAHAAN,
            List.of(withJht),
            BudgetPositionsTest.DEFAULTS);
    assertThat(bill.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.workerId()).isEqualTo(withJht.workerId());
              assertThat(line.premium().total()).isEqualTo(Rupiah.of(20_000 + 6_800 + 40_000));
            });
    assertThat(bill.total()).isEqualTo(Rupiah.of(66_800));
  }
}
