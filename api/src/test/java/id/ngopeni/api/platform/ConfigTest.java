package id.ngopeni.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read replica's settings from the environment. */
class ConfigTest {
  @Test
  void noReadReplicaUnlessItsUrlIsGivenAndFiveSecondsOfStalenessByDefault() {
    Config config = Config.fromEnvironment(Map.of(), false);
    assertThat(config.databaseReadUrl()).isEmpty();
    assertThat(config.readMaxLag()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void theReplicasUrlAndItsStalenessBound() {
    Config config = Config.fromEnvironment(Map.of("NGOPENI_DATABASE_READ_URL", "postgresql://replica:5432/ngopeni",
        "NGOPENI_DATABASE_READ_MAX_LAG_SECONDS", "12"), false);
    assertThat(config.databaseReadUrl()).contains("postgresql://replica:5432/ngopeni");
    assertThat(config.readMaxLag()).isEqualTo(Duration.ofSeconds(12));
    assertThat(config.withHttpPort(9000).databaseReadUrl()).as("kept by the other settings' copies").isPresent();
  }

  @Test
  void aBoundOutsideOneSecondToAnHourIsRefused() {
    assertThatThrownBy(() -> Config.fromEnvironment(Map.of("NGOPENI_DATABASE_READ_MAX_LAG_SECONDS", "0"), false))
        .hasMessageContaining("NGOPENI_DATABASE_READ_MAX_LAG_SECONDS");
    assertThatThrownBy(() -> Config.fromEnvironment(Map.of("NGOPENI_DATABASE_READ_MAX_LAG_SECONDS", "3601"), false))
        .hasMessageContaining("NGOPENI_DATABASE_READ_MAX_LAG_SECONDS");
  }

  @Test
  void theImportDuplicateCheckIsOnUnlessSwitchedOffAndOnlyTrueOrFalseIsAccepted() {
    assertThat(Config.fromEnvironment(Map.of(), false).importDuplicateCheck()).isTrue();
    assertThat(Config.fromEnvironment(Map.of("NGOPENI_IMPORT_DUPLICATE_CHECK", "false"), false).importDuplicateCheck())
        .isFalse();
    assertThatThrownBy(() -> Config.fromEnvironment(Map.of("NGOPENI_IMPORT_DUPLICATE_CHECK", "no"), false))
        .hasMessageContaining("NGOPENI_IMPORT_DUPLICATE_CHECK must be true or false");
  }
}
