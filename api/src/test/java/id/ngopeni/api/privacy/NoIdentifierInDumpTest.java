package id.ngopeni.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import id.ngopeni.api.dtsen.DtsenFiles;
import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.testing.DatabaseDump;
import id.ngopeni.api.worker.WorkerFixture;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, "Done when": no NIK in the database in clear. Workers registered through the API (one
 * with an Idempotency-Key, whose recorded answer holds the NIK) and a bulk import, heirs with
 * NIKs, a santunan payout to a bank account and a DTSEN extract go in; then the real
 * {@code pg_dump} (or, without one of the server's version, a dump over SQL: {@link DatabaseDump})
 * holds none of the NIKs, phone numbers or account numbers — not as text, not as the hex of a
 * bytea — audit payloads and every other table included.
 */
class NoIdentifierInDumpTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("no_identifier_in_dump");
  private static final String PASSWORD = "Rawon-Nguling-Malang-77";
  /** As the clerk types it, and as stored (digits). */
  private static final String ACCOUNT_TYPED = "0123-01-000123-30-5";
  private static final String ACCOUNT = "012301000123305";

  @Test
  void aDumpHoldsNoNikPhoneOrAccountNumber() {
    Set<String> secrets = new LinkedHashSet<>();
    List<String> workerIds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      LocalDate born = LocalDate.of(1970 + i, 3, 10 + i);
      String nik = WorkerFixture.nik("35.73.02", born, "M");
      String phone = "08123456780" + i;
      JsonObject body = WorkerFixture.worker(nik, "Pekerja Rahasia " + i, born, "M", WorkerFixture.KLOJEN).put("phone", phone);
      var created = i == 0
          ? f.server.postWithKey("/api/v1/workers", f.admin, "dump-key-" + i, body).await()
          : f.server.post("/api/v1/workers", f.admin, body);
      assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
      assertThat(created.bodyAsJsonObject().getString("nik")).isEqualTo(nik); // the clerk's own answer, in full
      workerIds.add(created.bodyAsJsonObject().getString("id"));
      secrets.addAll(List.of(nik, phone, "+628123456780" + i, "8123456780" + i));
    }
    secrets.addAll(imported());

    String spouseNik = WorkerFixture.nik("35.73.02", LocalDate.of(1972, 5, 6), "F");
    String childNik = WorkerFixture.nik("35.73.04", LocalDate.of(2001, 7, 8), "M");
    secrets.addAll(List.of(spouseNik, childNik));
    var heirs = f.server.http.put("/api/v1/workers/" + workerIds.get(0) + "/heirs")
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("If-Match", "\"1\"")
        .sendJson(new JsonArray()
            .add(new JsonObject().put("fullName", "Siti Aminah").put("nik", spouseNik).put("relationship", "SPOUSE"))
            .add(new JsonObject().put("fullName", "Budi Santoso").put("nik", childNik).put("relationship", "CHILD")))
        .await();
    assertThat(heirs.statusCode()).as(heirs.bodyAsString()).isEqualTo(200);
    String spouseId = heirs.bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("id");

    JsonObject payout = payout(UUID.fromString(workerIds.get(0)), spouseId);
    var revealed = f.server.post("/api/v1/payouts/" + payout.getString("id") + "/reveal",
        f.server.login("dump.operator", PASSWORD).getString("accessToken"), new JsonObject().put("purpose", "PAYOUT"));
    assertThat(revealed.bodyAsJsonObject().getString("accountNumber")).isEqualTo(ACCOUNT); // in full, by a reveal
    secrets.addAll(List.of(ACCOUNT, ACCOUNT_TYPED));

    String stranger = WorkerFixture.nik("35.73.05", LocalDate.of(1966, 1, 2), "F");
    secrets.add(stranger);
    String extract = "nik,desil\n" + secrets.stream().filter(s -> s.length() == 16 && s.startsWith("35")).map(n -> n + ",3")
        .reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
    var dtsen = DtsenFiles.csv(f, f.admin, LocalDate.now().minusDays(3).toString(), extract);
    assertThat(dtsen.statusCode()).as(dtsen.bodyAsString()).isIn(200, 201);

    DatabaseDump dump = DatabaseDump.of(f.server.database);
    System.out.println("NoIdentifierInDumpTest: dump made with " + dump.via() + ", " + dump.text().length() + " characters");
    // A real dump of this database: the workers' rows and the audit trail are in it.
    assertThat(dump.text()).contains(workerIds.get(0)).contains("Pekerja Rahasia 1").contains("worker.created")
        .contains("santunan");
    assertThat(secrets).hasSizeGreaterThan(30);
    for (String secret : secrets) {
      assertThat(dump.text()).as("a dump holds %s in clear", secret).doesNotContain(secret);
      String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.US_ASCII));
      assertThat(dump.text()).as("a dump holds %s as bytea hex", secret).doesNotContain(hex);
    }
  }

  /** 20 workers through the bulk import; their NIKs and phones. */
  private static List<String> imported() {
    var drafts = new SyntheticWorkers(99, SyntheticWorkers.MALANG_KELURAHAN_CODES, SyntheticWorkers.MALANG_CATEGORY_WEIGHTS)
        .stream(LocalDate.now()).limit(20).toList();
    StringBuilder csv = new StringBuilder(SyntheticWorkers.csvHeader()).append('\n');
    drafts.forEach(w -> csv.append(SyntheticWorkers.toCsvLine(w)).append('\n'));
    var upload = f.server.http.post("/api/v1/imports/workers").putHeader("Authorization", "Bearer " + f.admin)
        .putHeader("Content-Type", "text/csv").sendBuffer(Buffer.buffer(csv.toString())).await();
    assertThat(upload.statusCode()).as(upload.bodyAsString()).isEqualTo(202);
    String id = upload.bodyAsJsonObject().getString("id");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonObject job = f.server.get("/api/v1/imports/" + id, f.admin).bodyAsJsonObject();
    while (!job.getString("status").equals("DONE") && System.nanoTime() < deadline) {
      sleep();
      job = f.server.get("/api/v1/imports/" + id, f.admin).bodyAsJsonObject();
    }
    assertThat(job.getInteger("inserted")).as(job.encode()).isEqualTo(20);
    List<String> out = new ArrayList<>();
    for (WorkerDraft w : drafts) {
      out.add(w.nik());
      if (w.phone() != null && !w.phone().isBlank()) {
        out.add(w.phone());
      }
    }
    return out;
  }

  /** A santunan of the worker's death paid to the spouse's bank account (created by an operator). */
  private static JsonObject payout(UUID worker, String spouseId) {
    f.db.preparedQuery("""
        INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status)
        VALUES ($1, $2, ARRAY['JKK', 'JKM'], 1000000, 'APBD', $3, 'ACTIVE')
        """).execute(Tuple.of(Ids.newId(), worker, LocalDate.now().minusYears(2))).await();
    f.server.createUser(f.admin, "dump.operator", PASSWORD, "OPERATOR", List.of());
    String operator = f.server.login("dump.operator", PASSWORD).getString("accessToken");
    var programme = f.server.post("/api/v1/santunan-programmes", f.admin, new JsonObject()
        .put("name", "Santunan kematian (uji)").put("regulationNumber", "Perwali Kota Malang No. 7 Tahun 2025")
        .put("regulationDate", LocalDate.now().minusYears(1).minusDays(10).toString())
        .put("effectiveFrom", LocalDate.now().minusYears(1).toString())
        .put("membershipSources", new JsonArray().add("APBD")).put("amounts", new JsonObject().put("DEATH", 10_000_000))
        .put("budgetYear", LocalDate.now().getYear()).put("budgetSource", "APBD").put("budgetCeiling", 1_000_000_000L));
    assertThat(programme.statusCode()).as(programme.bodyAsString()).isEqualTo(201);
    var event = f.server.post("/api/v1/santunan-events", operator, new JsonObject().put("workerId", worker.toString())
        .put("kind", "DEATH").put("eventDate", LocalDate.now().minusDays(10).toString()).put("proofNote", "Akta kematian."));
    assertThat(event.statusCode()).as(event.bodyAsString()).isEqualTo(201);
    String entitlement = event.bodyAsJsonObject().getJsonArray("entitlements").getJsonObject(0).getString("id");
    var payout = f.server.post("/api/v1/santunan-entitlements/" + entitlement + "/payouts", operator, new JsonObject()
        .put("heirId", spouseId).put("bankCode", "002").put("accountNumber", ACCOUNT_TYPED).put("accountName", "Siti Aminah"));
    assertThat(payout.statusCode()).as(payout.bodyAsString()).isEqualTo(201);
    return payout.bodyAsJsonObject();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
