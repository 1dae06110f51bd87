package id.ngopeni.api.security;

import static id.ngopeni.api.worker.WorkerFixture.KLOJEN;
import static id.ngopeni.api.worker.WorkerFixture.SAMAAN;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.worker.WorkerFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.13: a field officer who keeps typing NIKs that are already registered (elsewhere) is
 * stopped after the hourly allowance, and every such answer is on the audit trail with the
 * worker's id — never the NIK.
 */
class NikProbeLimitTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("nik_probes");

  @Test
  void aFieldOfficersDuplicateNikAnswersAreLimitedAndAudited() {
    String officer = r.token("probe.officer", "FIELD_OFFICER", KLOJEN);
    String officerId = r.server.get("/api/v1/me", officer).bodyAsJsonObject().getString("id");
    List<String> registered = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      registered.add(r.created(r.admin, WorkerFixture.worker("Warga Samaan " + i, LocalDate.of(1980, 1, 1), "F", SAMAAN))
          .getString("nik"));
    }
    int conflicts = 0;
    io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> last = null;
    for (int i = 0; i < 40; i++) {
      JsonObject probe = WorkerFixture.worker("Coba " + i, LocalDate.of(1980, 1, 1), "F", KLOJEN)
          .put("nik", registered.get(i % registered.size()));
      last = r.create(officer, probe);
      if (last.statusCode() == 409) {
        conflicts++;
      } else {
        break;
      }
    }
    assertThat(conflicts).as("duplicate_nik answers before the limit").isBetween(1, 30);
    assertThat(last.statusCode()).as(last.bodyAsString()).isEqualTo(429);
    assertThat(last.bodyAsJsonObject().getString("code")).isEqualTo("nik_probes_limited");
    assertThat(Long.parseLong(last.getHeader("Retry-After"))).isPositive();
    // A lookup is a NIK question too, and so refused now.
    assertThat(r.post("/api/v1/workers/lookup", officer, new JsonObject().put("nik", registered.get(0))).statusCode())
        .isEqualTo(429);
    // Others are not limited by this officer's probing.
    assertThat(r.post("/api/v1/workers/lookup", r.admin, new JsonObject().put("nik", registered.get(0))).statusCode())
        .isEqualTo(200);

    List<Row> audited = new ArrayList<>();
    r.db.preparedQuery("SELECT entity_id, after::text AS after FROM audit_entry WHERE action = 'worker.nik_probe' AND actor_id = $1")
        .execute(Tuple.of(java.util.UUID.fromString(officerId))).await().forEach(audited::add);
    assertThat(audited).hasSize(conflicts);
    for (Row row : audited) {
      assertThat(row.getString("entity_id")).isNotBlank();
      registered.forEach(nik -> assertThat(row.getString("after")).doesNotContain(nik));
    }
  }
}
