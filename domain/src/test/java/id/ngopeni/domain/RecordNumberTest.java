package id.ngopeni.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordNumberTest {
  @Test
  void aNumberTypedLooselyIsReadAsStored() {
    assertThat(RecordNumber.CLAIM.parse("KLM-2026-000123")).contains("KLM-2026-000123");
    assertThat(RecordNumber.CLAIM.parse(" klm-2026-123 ")).contains("KLM-2026-000123");
    assertThat(RecordNumber.PAYOUT.parse("BYR2026000045")).contains("BYR-2026-000045");
    assertThat(RecordNumber.BATCH.parse("bth-2027-1234567")).contains("BTH-2027-1234567");
  }

  @Test
  void anotherKindOrShapeIsNoNumber() {
    assertThat(RecordNumber.CLAIM.parse("BYR-2026-000045")).isEmpty();
    assertThat(RecordNumber.CLAIM.parse("KLM-26-000045")).isEmpty();
    assertThat(RecordNumber.CLAIM.parse("KLM-2026-000000")).isEmpty();
    assertThat(RecordNumber.CLAIM.parse("KLM-2026-")).isEmpty();
    assertThat(RecordNumber.CLAIM.parse(null)).isEmpty();
  }
}
