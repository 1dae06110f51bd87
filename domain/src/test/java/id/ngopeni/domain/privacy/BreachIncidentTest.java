package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Violations;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BreachIncidentTest {
  private static final Instant NOW = Instant.parse("2026-03-06T08:00:00Z");

  private static List<String> codes(Violations v) {
    return v.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
  }

  @Test
  void aBreachNamesItsDataItsSourceAndWhatIsDone() {
    Violations v = new Violations();
    BreachIncident b = BreachIncident.of(NOW.minusSeconds(3600), " Laptop hilang ", "Sandi diganti", List.of("nik", "NAME"),
        UUID.randomUUID(), " 10.0.0.7 ", null, null, NOW, v);
    assertThat(v.isEmpty()).isTrue();
    assertThat(b.description()).isEqualTo("Laptop hilang");
    assertThat(b.dataKinds()).containsExactlyInAnyOrder(PersonalField.NIK, PersonalField.NAME);
    assertThat(b.sourceIp()).isEqualTo("10.0.0.7");
    assertThat(BreachIncident.of(NOW, "x", "y", List.of("phone"), null, "2001:db8::1", null, null, NOW, new Violations()))
        .isNotNull();
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    Violations v = new Violations();
    BreachIncident b = BreachIncident.of(NOW.plusSeconds(60), " ", null, List.of("nik", "shoe_size"), null, null, null,
        null, NOW, v);
    assertThat(b).isNull();
    assertThat(codes(v)).containsExactlyInAnyOrder("discoveredAt:in_future", "description:required", "measures:required",
        "dataKinds[1]:value_unknown", "source:breach_source_required");
  }

  @Test
  void theSourcesAddressAndPeriodMustMakeSense() {
    Violations v = new Violations();
    BreachIncident.of(NOW, "x", "y", List.of(), null, "not an address", NOW.plusSeconds(10), NOW.minusSeconds(10), NOW, v);
    assertThat(codes(v)).containsExactlyInAnyOrder("dataKinds:required", "sourceIp:breach_ip_invalid",
        "sourceFrom:in_future", "sourceTo:breach_period_invalid");
    assertThat(v.errors()).extracting(FieldError::field).doesNotContain("source");
  }
}
