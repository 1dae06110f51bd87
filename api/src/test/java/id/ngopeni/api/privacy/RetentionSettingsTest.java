package id.ngopeni.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.privacy.RetentionKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {
  @Test
  void eachPeriodAndTheBatchSizeComeFromTheEnvironmentElseTheDefaults() {
    RetentionSettings none = RetentionSettings.fromEnvironment(Map.of());
    assertThat(none.batchSize()).isEqualTo(RetentionSettings.DEFAULT_BATCH_SIZE);
    assertThat(none.byKey()).containsEntry("access_log", 1826).containsEntry("import_rejects", 90).hasSize(5);
    RetentionSettings set = RetentionSettings.fromEnvironment(Map.of("NGOPENI_RETENTION_ACCESS_LOG_DAYS", " 2557 ",
        "NGOPENI_RETENTION_CLOSED_CLAIM_DOCUMENTS_DAYS", "3653", "NGOPENI_RETENTION_BATCH_SIZE", "250"));
    assertThat(set.periods().of(RetentionKind.ACCESS_LOG)).isEqualTo(2557);
    assertThat(set.periods().of(RetentionKind.CLOSED_CLAIM_DOCUMENTS)).isEqualTo(3653);
    assertThat(set.periods().of(RetentionKind.SESSIONS)).isEqualTo(90);
    assertThat(set.batchSize()).isEqualTo(250);
    assertThat(RetentionSettings.variable(RetentionKind.REMOVED_REGISTRATIONS))
        .isEqualTo("NGOPENI_RETENTION_REMOVED_REGISTRATIONS_DAYS");
  }

  @Test
  void aPeriodUnderItsFloorOrNotANumberStopsTheStartNamingTheVariable() {
    assertThatThrownBy(() -> RetentionSettings.fromEnvironment(Map.of("NGOPENI_RETENTION_ACCESS_LOG_DAYS", "30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("NGOPENI_RETENTION_ACCESS_LOG_DAYS");
    assertThatThrownBy(() -> RetentionSettings.fromEnvironment(Map.of("NGOPENI_RETENTION_SESSIONS_DAYS", "ninety")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
    assertThatThrownBy(() -> RetentionSettings.fromEnvironment(Map.of("NGOPENI_RETENTION_BATCH_SIZE", "0")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
