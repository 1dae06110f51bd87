package id.ngopeni.domain.payout;

import id.ngopeni.domain.bank.BankAccount;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.ClaimType;
import id.ngopeni.domain.money.Rupiah;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

final class PayoutFixtures {
  static final Instant NOW = Instant.parse("2025-06-01T03:00:00Z");
  static final UUID MAKER = UUID.fromString("00000000-0000-7000-8000-000000000001");
  static final UUID CHECKER = UUID.fromString("00000000-0000-7000-8000-000000000002");
  static final BankAccount ACCOUNT = BankAccount.parse("014", "1234567890", "Siti Aminah");

  private PayoutFixtures() {}

  static Claim claim(ClaimStatus status) {
    return new Claim(UUID.randomUUID(), UUID.randomUUID(), ClaimType.JKM_DEATH, LocalDate.of(2025, 5, 1),
        status, null, null, 1);
  }

  static Payout payout(PayoutStatus status, UUID batchId) {
    return new Payout(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ACCOUNT, Rupiah.of(42_000_000),
        status, MAKER, NOW, null, null, null, batchId, null, 2);
  }

  static Payout pending() {
    return payout(PayoutStatus.PENDING_APPROVAL, null);
  }
}
