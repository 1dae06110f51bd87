package id.ngopeni.api.audit;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.report.ReportFiles;
import id.ngopeni.api.worker.WorkerFixture;
import id.ngopeni.domain.Jakarta;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Row;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit trail as an auditor reads it (issue 19.7): each entry with its actor's name and the
 * person it is about; filters by person (worker id, or a NIK in a body), actor, action or action
 * group and period, with the old entity filters still working; the filtered trail as XLSX and CSV
 * in words; the names shown recorded in the access log.
 */
class AuditSearchTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("audit-search");
  private static final LocalDate TODAY = Jakarta.today(Clock.systemUTC());
  private static String auditor;
  private static String operatorId;
  private static JsonObject siti;
  private static String sitiId;
  private static String bambangId;

  @BeforeAll
  static void history() {
    auditor = r.token("rina.auditor", "AUDITOR");
    String operator = r.token("ops.audit", "OPERATOR");
    operatorId = r.get("/api/v1/me", operator).bodyAsJsonObject().getString("id");
    siti = WorkerFixture.worker("Siti Aminah", LocalDate.of(1980, 3, 14), "F", WorkerFixture.KLOJEN);
    sitiId = r.created(operator, siti).getString("id");
    bambangId = r.created(operator, WorkerFixture.worker("Bambang Irawan", LocalDate.of(1975, 6, 2), "M",
        WorkerFixture.KLOJEN)).getString("id");
    var enrolled = r.post("/api/v1/workers/" + sitiId + "/memberships", r.admin,
        enrolment("MANDIRI", 1_000_000, TODAY.withDayOfMonth(1), "JKK", "JKM"));
    assertThat(enrolled.statusCode()).as(enrolled.bodyAsString()).isEqualTo(201);
  }

  private static List<JsonObject> items(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  private static List<JsonObject> trail(String query) {
    return items(r.get("/api/v1/audit?limit=100&" + query, auditor));
  }

  private static List<String> actions(List<JsonObject> entries) {
    return entries.stream().map(e -> e.getString("action")).toList();
  }

  @Test
  void aPersonsEntriesCarryTheirNameAndTheActorsByWorkerIdOrByNikInABody() {
    List<JsonObject> byId = trail("workerId=" + sitiId);
    assertThat(actions(byId)).containsExactly("membership.created", "worker.created");
    assertThat(byId).allSatisfy(e -> assertThat(e.getJsonObject("person").getString("name")).isEqualTo("Siti Aminah"));
    assertThat(byId.get(0).getString("actorName")).isEqualTo("admin");
    assertThat(byId.get(1).getString("actorName")).isEqualTo("ops.audit");

    var byNik = r.post("/api/v1/audit/by-nik?limit=100", auditor, new JsonObject().put("nik", siti.getString("nik")));
    assertThat(items(byNik)).extracting(e -> e.getLong("seq")).containsExactlyElementsOf(
        byId.stream().map(e -> e.getLong("seq")).toList());
    String nobody = WorkerFixture.nik("35.73.02", LocalDate.of(1970, 1, 1), "M");
    assertThat(items(r.post("/api/v1/audit/by-nik", auditor, new JsonObject().put("nik", nobody)))).isEmpty();
    var narrowed = r.post("/api/v1/audit/by-nik", auditor, new JsonObject().put("nik", siti.getString("nik"))
        .put("action", "worker"));
    assertThat(actions(items(narrowed))).containsExactly("worker.created");

    Row read = r.db.query("SELECT kind, person_ids, detail FROM personal_data_access WHERE detail ->> 'view' = 'audit' "
        + "ORDER BY id DESC LIMIT 1").execute().await().iterator().next();
    assertThat(read.getString("kind")).isEqualTo("SEARCH");
    assertThat(read.getArrayOfUUIDs("person_ids")).extracting(Object::toString).containsExactly(sitiId);
  }

  @Test
  void actorActionGroupAndPeriodFiltersCombineAndTheOldEntityFiltersStillWork() {
    List<JsonObject> byOperator = trail("actorId=" + operatorId);
    assertThat(actions(byOperator)).containsExactly("worker.created", "worker.created");
    assertThat(byOperator).extracting(e -> e.getJsonObject("person").getString("workerId")).containsExactly(bambangId, sitiId);
    assertThat(actions(trail("action=worker"))).isNotEmpty().allMatch(a -> a.startsWith("worker."));
    assertThat(actions(trail("action=membership.created"))).containsExactly("membership.created");
    assertThat(trail("action=worker.created&from=" + TODAY + "&to=" + TODAY)).hasSize(2);
    assertThat(trail("action=worker.created&to=" + TODAY.minusDays(1))).isEmpty();
    assertThat(actions(trail("entityType=worker&entityId=" + bambangId))).containsExactly("worker.created");
    JsonArray actors = r.get("/api/v1/audit/actors", auditor).bodyAsJsonObject().getJsonArray("items");
    assertThat(actors.stream().map(a -> ((JsonObject) a).getString("username"))).contains("admin", "ops.audit");

    assertThat(WorkerFixture.failures(r.get("/api/v1/audit?action=Payout!&workerId=x&from=2026-02-02&to=2026-02-01", auditor)))
        .containsExactlyInAnyOrder("action:audit_action_invalid", "workerId:uuid_invalid", "to:report_period_invalid");
    assertThat(r.get("/api/v1/audit/actors", r.token("ops.curious", "OPERATOR")).statusCode()).isEqualTo(403);
  }

  @Test
  void theFilteredTrailDownloadsInWordsAsAWorkbookAndAsCsv() {
    var xlsx = r.post("/api/v1/audit/export", auditor, new JsonObject().put("workerId", sitiId));
    assertThat(xlsx.statusCode()).as(xlsx.bodyAsString()).isEqualTo(200);
    assertThat(xlsx.getHeader("Content-Disposition")).contains("jejak-audit.xlsx");
    ReportFiles.Sheet sheet = ReportFiles.xlsx(xlsx.body().getBytes()).get(0);
    assertThat(sheet.rows().get(1).get(0).getText()).isEqualTo("Filter: orang Siti Aminah");
    int header = sheet.indexOf("No. catatan");
    List<Cell> membership = sheet.rows().get(header + 1);
    assertThat(membership.get(0).getType()).isEqualTo(CellType.NUMBER);
    assertThat(membership.get(1).asDate().toLocalDate()).isEqualTo(TODAY);
    assertThat(membership.get(2).getText()).isEqualTo("admin");
    assertThat(membership.get(3).getText()).isEqualTo("Admin");
    assertThat(membership.get(4).getText()).isEqualTo("Kepesertaan didaftarkan");
    assertThat(membership.get(5).getText()).isEqualTo("membership.created");
    assertThat(membership.get(8).getText()).isEqualTo("Siti Aminah");
    assertThat(membership.get(9).getText()).contains("Upah dilaporkan: Rp1.000.000", "Status: Aktif");
    assertThat(sheet.rows().get(header + 2).get(4).getText()).isEqualTo("Pekerja didaftarkan");
    assertThat(sheet.rows()).hasSize(header + 3);

    var csv = r.post("/api/v1/audit/export", auditor, new JsonObject().put("nik", siti.getString("nik")).put("format", "CSV"));
    assertThat(csv.statusCode()).as(csv.bodyAsString()).isEqualTo(200);
    assertThat(csv.getHeader("Content-Type")).isEqualTo("text/csv; charset=utf-8");
    String[] lines = new String(csv.body().getBytes(), StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("No. catatan,Waktu (WIB),Pelaku,Peran,Tindakan");
    assertThat(lines[2]).contains("ops.audit", "Operator", "Pekerja didaftarkan", "Siti Aminah")
        .doesNotContain(siti.getString("nik"));

    var both = r.post("/api/v1/audit/export", auditor, new JsonObject().put("nik", siti.getString("nik")).put("workerId", sitiId));
    assertThat(WorkerFixture.failures(both)).containsExactly("nik:value_unknown");
    Row exported = r.db.query("SELECT kind FROM personal_data_access WHERE detail ->> 'export' = 'audit' ORDER BY id DESC LIMIT 1")
        .execute().await().iterator().next();
    assertThat(exported.getString("kind")).isEqualTo("EXPORT");
  }
}
