package id.ngopeni.api.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.domain.payout.BatchStatus;
import id.ngopeni.persistence.payout.PayoutBatch;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bank transfer file: one record per transfer, whatever the database holds (issue 13.2). */
class DisbursementTest {
  private static final UUID PAYOUT = UUID.fromString("019c0000-0000-7000-8000-00000000abcd");

  @Test
  void oneLinePerTransferWithItsReference() {
    String csv = Disbursement.csv(batch("Siti Aminah"));
    assertThat(csv.split("\r\n")).containsExactly(Disbursement.HEADER,
        PAYOUT + ",002,012301000123305,Siti Aminah,1000000,NGP-00000000ABCD");
  }

  @Test
  void aLineBreakInAStoredNameStopsTheFileInsteadOfAddingARecord() {
    for (String name : new String[] {"Siti\r\n" + UUID.randomUUID() + ",002,999,Eve,1,NGP-X", "Siti\nEve", "Siti\rEve"}) {
      HttpProblem refused = catchThrowableOfType(HttpProblem.class, () -> Disbursement.csv(batch(name)));
      assertThat(refused).as(name).isNotNull();
      assertThat(refused.code()).isEqualTo("unsafe_file_value");
    }
  }

  private static PayoutBatch batch(String accountName) {
    return new PayoutBatch(UUID.randomUUID(), "BTH-2026-000001", BatchStatus.values()[0], UUID.randomUUID(), Instant.now(), null,
        List.of(new PayoutBatch.Item(PAYOUT, "BYR-2026-000001", "NGP-00000000ABCD", UUID.randomUUID(), null, UUID.randomUUID(), "002",
            "012301000123305", accountName, 1_000_000L,
            null, null, "Siti Aminah", "Slamet", UUID.randomUUID())));
  }
}
