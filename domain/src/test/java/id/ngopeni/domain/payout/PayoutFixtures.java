package id.ngopeni.domain.payout;

import id.ngopeni.domain.bank.BankAccount;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

final class PayoutFixtures {
  static final Instant NOW = Instant.parse("2025-06-01T03:00:00Z");
  static final UUID MAKER = UUID.fromString("00000000-0000-7000-8000-000000000001");
  static final UUID CHECKER = UUID.fromString("00000000-0000-7000-8000-000000000002");
  static final BankAccount ACCOUNT = BankAccount.parse("014", "1234567890", "Siti Aminah");

  private PayoutFixtures() {}

  /** A santunan entitlement of {@code amount} for an event of {@code kind} on 1 May 2025. */
  static SantunanEntitlement entitlement(EventKind kind, long amount) {
    return new SantunanEntitlement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), kind,
        LocalDate.of(2025, 5, 1), Rupiah.of(amount));
  }

  static Payout payout(PayoutStatus status, UUID batchId) {
    return new Payout(UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID(), ACCOUNT, Rupiah.of(42_000_000),
        status, MAKER, NOW, null, null, null, batchId, null, 2);
  }

  static Payout pending() {
    return payout(PayoutStatus.PENDING_APPROVAL, null);
  }
}
