package id.ngopeni.domain.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.budget.MonthlyBill;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipStatus;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.ReliefError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PP 50/2025 Pasal 4(1): 50 % off BPU JKK+JKM — transport sector for the contributions of
 * January 2026 to March 2027, other sectors April to December 2026 — not where the contribution
 * is paid through the APBN/APBD (APBD, and DBHCHT, which the city spends through its APBD).
 */
class ContributionReliefTest {
  private static final TariffBook BOOK = book();
  private static final Set<Program> MINIMUM = EnumSet.of(Program.JKK, Program.JKM);

  private static TariffBook book() {
    List<Tariff> all = new ArrayList<>(DefaultTariffs.SEED);
    all.addAll(ContributionRelief.TARIFFS);
    return new TariffBook(all);
  }

  /** The regulation's table, written out by hand: is this source, sector and month relieved? */
  private static boolean relievedByPp50(FundingSource source, Sector sector, YearMonth month) {
    boolean paidThroughApbd = source == FundingSource.APBD || source == FundingSource.DBHCHT;
    boolean transport = sector == Sector.TRANSPORT
        && !month.isBefore(YearMonth.of(2026, 1)) && !month.isAfter(YearMonth.of(2027, 3));
    boolean other = sector == Sector.OTHER
        && !month.isBefore(YearMonth.of(2026, 4)) && !month.isAfter(YearMonth.of(2026, 12));
    return !paidThroughApbd && (transport || other);
  }

  @Test
  void pp50_2025PricesEverySourceAndSectorForEveryMonthOf2026AndEarly2027() {
    int relieved = 0;
    for (YearMonth month = YearMonth.of(2025, 11); !month.isAfter(YearMonth.of(2027, 5)); month = month.plusMonths(1)) {
      for (FundingSource source : FundingSource.values()) {
        for (Sector sector : Sector.values()) {
          boolean half = relievedByPp50(source, sector, month);
          String at = month + " " + source + " " + sector;
          // the minimum package: JKK Rp10.000 + JKM Rp6.800 at Rp1.000.000, halved to Rp5.000 + Rp3.400
          Premium minimum = Premiums.monthly(MINIMUM, Rupiah.of(1_000_000), source, sector, month, BOOK);
          assertThat(minimum.total()).as(at).isEqualTo(Rupiah.of(half ? 8_400 : 16_800));
          // JKK 1 % of Rp3.500.000 = Rp35.000 (halved Rp17.500); JHT 2 % = Rp70.000, never relieved
          Premium all = Premiums.monthly(EnumSet.allOf(Program.class), Rupiah.of(3_500_000), source, sector, month,
              BOOK);
          assertThat(all.lines()).as(at).containsExactly(
              new PremiumLine(Program.JKK, Rupiah.of(half ? 17_500 : 35_000)),
              new PremiumLine(Program.JKM, Rupiah.of(half ? 3_400 : 6_800)),
              new PremiumLine(Program.JHT, Rupiah.of(70_000)));
          assertThat(ContributionRelief.relieves(Program.JKK, source, sector, month)).as(at).isEqualTo(half);
          relieved += half ? 1 : 0;
        }
      }
    }
    // 3 relieved sources × (15 transport months + 9 other-sector months)
    assertThat(relieved).isEqualTo(3 * (15 + 9));
  }

  @Test
  void pp50_2025IsNotForApbdNorDbhchtBecauseDbhchtIsSpentThroughTheApbd() {
    assertThat(ContributionRelief.appliesTo(FundingSource.APBD)).isFalse();
    assertThat(ContributionRelief.appliesTo(FundingSource.DBHCHT)).isFalse();
    assertThat(ContributionRelief.TARIFFS).extracting(Tariff::fundingSource)
        .containsOnly(FundingSource.MANDIRI, FundingSource.PERUSAHAAN, FundingSource.BUMN);
    assertThat(ContributionRelief.TARIFFS).hasSize(3 * 2 * 2).allSatisfy(t -> {
      assertThat(t.discountPercent()).isEqualTo(50);
      assertThat(t.program()).isIn(Program.JKK, Program.JKM);
      assertThat(t.validate()).isEmpty();
    });
    assertThat(ContributionRelief.relieves(Program.JHT, FundingSource.MANDIRI, Sector.TRANSPORT, YearMonth.of(2026, 5)))
        .isFalse();
  }

  @Test
  void pp50_2025HalvesTheContributionOtherwiseDueRoundedHalfUp() {
    // 1 % of Rp1.000.050 is Rp10.000,5 → Rp10.001 due; half of it Rp5.000,5 → Rp5.001 to pay
    Rupiah income = Rupiah.of(1_000_050);
    YearMonth may = YearMonth.of(2026, 5);
    assertThat(BOOK.inForce(Program.JKK, FundingSource.MANDIRI, Sector.OTHER, may).monthlyFor(income))
        .isEqualTo(Rupiah.of(5_001));
    assertThat(BOOK.inForce(Program.JKK, FundingSource.APBD, Sector.OTHER, may).monthlyFor(income))
        .isEqualTo(Rupiah.of(10_001));
    // the cap halves too: Rp207.000 → Rp103.500
    assertThat(BOOK.inForce(Program.JKK, FundingSource.BUMN, Sector.TRANSPORT, may).monthlyFor(Rupiah.of(30_000_000)))
        .isEqualTo(Rupiah.of(103_500));
  }

  @Test
  void theMostSpecificTariffWinsAndSectorsDoNotOverlap() {
    YearMonth june = YearMonth.of(2026, 6);
    Tariff forSector = new Tariff(Program.JKM, LocalDate.of(2026, 1, 1), null, null, Sector.TRANSPORT,
        new Contribution.Flat(Rupiah.of(1_000)), 0);
    Tariff forSource = new Tariff(Program.JKM, LocalDate.of(2026, 1, 1), null, FundingSource.MANDIRI, null,
        new Contribution.Flat(Rupiah.of(2_000)), 0);
    TariffBook book = TariffBook.defaults().with(forSector).with(forSource);
    assertThat(book.inForce(Program.JKM, FundingSource.MANDIRI, Sector.TRANSPORT, june)).isEqualTo(forSource);
    assertThat(book.inForce(Program.JKM, FundingSource.APBD, Sector.TRANSPORT, june)).isEqualTo(forSector);
    assertThat(book.inForce(Program.JKM, FundingSource.APBD, Sector.OTHER, june)).isEqualTo(DefaultTariffs.JKM);
    Tariff otherSector = new Tariff(Program.JKM, LocalDate.of(2026, 1, 1), null, null, Sector.OTHER,
        new Contribution.Flat(Rupiah.of(1_000)), 0);
    assertThat(book.validate(otherSector)).isEmpty();
    assertThatThrownBy(() -> book.with(forSector)).isInstanceOf(Invalid.class);
  }

  @Test
  void aDiscountIsAWholePercentageBelowAHundred() {
    Tariff whole = new Tariff(Program.JKM, LocalDate.of(2026, 1, 1), null, null, null,
        new Contribution.Flat(Rupiah.of(6_800)), 100);
    assertThat(whole.validate()).containsExactly(new FieldError("discountPercent", ReliefError.DISCOUNT_TOO_HIGH));
    TariffRequest request = new TariffRequest(Program.JKM, LocalDate.of(2026, 1, 1), null, null, null, null, null,
        6_800L, Sector.TRANSPORT, 150L);
    assertThatThrownBy(() -> request.toTariff(new id.ngopeni.domain.problem.Violations()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("discountPercent"));
  }

  @Test
  void aMonthlyBillPricesEachMembershipInItsOwnSectorUnderPp50_2025() {
    Membership transport = membership(Sector.TRANSPORT);
    Membership other = membership(Sector.OTHER);
    MonthlyBill february = MonthlyBill.of(YearMonth.of(2026, 2), FundingSource.MANDIRI, List.of(transport, other), BOOK);
    assertThat(february.total()).isEqualTo(Rupiah.of(8_400 + 16_800));
    MonthlyBill april = MonthlyBill.of(YearMonth.of(2026, 4), FundingSource.MANDIRI, List.of(transport, other), BOOK);
    assertThat(april.total()).isEqualTo(Rupiah.of(8_400 + 8_400));
    assertThat(transport.inSector(Sector.OTHER).version()).isEqualTo(transport.version() + 1);
  }

  private static Membership membership(Sector sector) {
    return new Membership(UUID.randomUUID(), UUID.randomUUID(), MINIMUM, Rupiah.of(1_000_000), FundingSource.MANDIRI,
        sector, LocalDate.of(2025, 6, 1), null, null, MembershipStatus.ACTIVE, 0);
  }
}
