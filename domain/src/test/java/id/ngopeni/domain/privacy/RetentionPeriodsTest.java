package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPeriodsTest {
  @Test
  void everyKindHasItsDefaultUnlessConfigured() {
    RetentionPeriods defaults = RetentionPeriods.defaults();
    assertThat(defaults.of(RetentionKind.ACCESS_LOG)).isEqualTo(1826);
    assertThat(defaults.of(RetentionKind.IMPORT_REJECTS)).isEqualTo(90);
    assertThat(defaults.days()).containsOnlyKeys(RetentionKind.values());
    assertThat(defaults.with(RetentionKind.SESSIONS, 30).of(RetentionKind.SESSIONS)).isEqualTo(30);
    assertThat(new RetentionPeriods(Map.of(RetentionKind.ACCESS_LOG, 2557)).of(RetentionKind.ACCESS_LOG)).isEqualTo(2557);
  }

  @Test
  void noPeriodGoesUnderItsKindsFloorOrOverACentury() {
    // The access log's floor: a breach found months later must still find who read whom.
    assertThatThrownBy(() -> RetentionPeriods.defaults().with(RetentionKind.ACCESS_LOG, 364))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("access_log").hasMessageContaining("365");
    assertThat(RetentionPeriods.defaults().with(RetentionKind.ACCESS_LOG, 365).of(RetentionKind.ACCESS_LOG)).isEqualTo(365);
    assertThatThrownBy(() -> RetentionPeriods.defaults().with(RetentionKind.SESSIONS, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetentionPeriods.defaults().with(RetentionKind.IMPORT_REJECTS, RetentionKind.MAX_DAYS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCutoffIsWholeDaysBeforeNow() {
    assertThat(RetentionPeriods.cutoff(90, Instant.parse("2026-04-01T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void kindsAreNamedByTheirKeys() {
    assertThat(RetentionKind.CLOSED_CLAIM_DOCUMENTS.key()).isEqualTo("closed_claim_documents");
    assertThat(RetentionKind.of("access_log")).isEqualTo(RetentionKind.ACCESS_LOG);
    assertThat(RetentionKind.of("ACCESS_LOG")).isEqualTo(RetentionKind.ACCESS_LOG);
    assertThat(RetentionKind.of("audit")).isNull();
    assertThat(RetentionKind.CLOSED_CLAIM_DOCUMENTS.action()).isEqualTo(RetentionAction.ANONYMISE);
  }
}
