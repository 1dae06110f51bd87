package id.ngopeni.domain.membership;

import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

/** Memberships for tests, shared by the membership and budget tests. */
public final class TestMemberships {
  private TestMemberships() {}

  /** A new active JKK + JKM membership at Rp1.000.000 declared income: Rp16.800 a month. */
  public static Membership minimumPackage(LocalDate start, FundingSource source) {
    return Membership.enrol(
        UUID.randomUUID(),
        UUID.randomUUID(),
        new MembershipRequest(
            EnumSet.of(Program.JKK, Program.JKM), Rupiah.of(1_000_000), source, start));
  }
}
