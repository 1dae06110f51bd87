package id.ngopeni.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import id.ngopeni.api.testing.Sealed;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataKeys;
import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedColumn;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 1: key rotation survives kill -9 halfway. A real instance registers workers (an
 * import), heirs and payouts; a new data key is added; {@code --rotate-keys} runs as its own JVM in
 * small batches and is killed -9 in the middle. Each batch is its own transaction, so the database
 * holds whole batches under the new key and the rest under the old one; a second run converts
 * exactly the rest (the values converted before the kill are not touched again), every value opens
 * to what it was, and the old key, retired, can leave the key file: an instance without it starts
 * and reads the workers.
 */
class KillDuringKeyRotationTest {
  private static final int ROWS = 3_000;

  @Test
  void aKilledRotationIsFinishedByTheNextRunWithNothingLostOrConvertedTwice() throws Exception {
    try (ChildInstances children = new ChildInstances("kill_rotation", "NGOPENI_ROTATION_BATCH", "25")) {
      Pool pool = children.pool;
      Process server = children.start("server.log");
      String token = children.login("admin", TestServer.ADMIN_PASSWORD);
      var upload = children.http.post("/api/v1/imports/workers").putHeader("Authorization", "Bearer " + token)
          .putHeader("Content-Type", "text/csv").sendBuffer(csv()).await();
      assertThat(upload.statusCode()).as(upload.bodyAsString()).isEqualTo(202);
      awaitImport(pool);
      List<UUID> some = pool.query("SELECT id FROM worker ORDER BY id LIMIT 5").execute().await().stream()
          .map(r -> r.getUUID(0)).toList();
      for (int i = 0; i < some.size(); i++) {
        heirs(children, token, some.get(i), i);
      }
      UUID admin = UUID.fromString(children.http.get("/api/v1/me").putHeader("Authorization", "Bearer " + token).send()
          .await().bodyAsJsonObject().getString("id"));
      UUID approver = UUID.randomUUID();
      pool.preparedQuery("INSERT INTO app_user (id, username, password_hash, role) VALUES ($1, 'rotation.approver', 'x', 'APPROVER')")
          .execute(io.vertx.sqlclient.Tuple.of(approver)).await();
      new ApprovedPayoutsFixture(pool, id.ngopeni.persistence.audit.AuditKey.load(null, children.dataDir),
          Sealed.of(children.dataDir), 10, admin, approver);
      server.destroy();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();

      Map<String, String> before = opened(children.dataDir, pool);
      assertThat(before).hasSizeGreaterThan(ROWS + 5 + 100);
      Process add = children.command("add.log", "--add-data-key");
      assertThat(add.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(add.exitValue()).as(log(children, "add.log")).isZero();
      assertThat(DataKeys.load(null, null, children.dataDir).current()).isEqualTo(2);

      // Kill -9 once a good part of the workers' NIKs is under key 2.
      Process first = children.command("rotate-1.log", "--rotate-keys");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (underKey(pool, "worker", "nik_cipher", 2) < ROWS / 3 && first.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      long converted = underKey(pool, "worker", "nik_cipher", 2);
      assertThat(converted).as("the kill came too late to test anything: " + log(children, "rotate-1.log"))
          .isGreaterThan(0).isLessThan(ROWS);
      assertThat(underKey(pool, "worker", "nik_cipher", 1)).isEqualTo(ROWS + 10 - converted);
      Map<UUID, Buffer> convertedBeforeRerun = new HashMap<>();
      pool.query("SELECT id, nik_cipher FROM worker WHERE get_byte(nik_cipher, 0) = 2").execute().await()
          .forEach(r -> convertedBeforeRerun.put(r.getUUID(0), r.getBuffer(1)));
      assertThat(log(children, "rotate-1.log")).contains("worker.nik_cipher:").contains("re-encrypted");

      Process second = children.command("rotate-2.log", "--rotate-keys");
      assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
      String done = log(children, "rotate-2.log");
      assertThat(second.exitValue()).as(done).isZero();
      assertThat(done).contains("worker.nik_cipher: " + (ROWS + 10 - converted) + " value(s) under other keys")
          .contains("Done: every value is under data key 2");

      for (SealedColumn column : SealedColumn.ALL) {
        assertThat(notUnderKey(pool, column, 2)).as(column.name()).isZero();
      }
      // Nothing converted twice: what the first run wrote is byte for byte what is stored now.
      pool.query("SELECT id, nik_cipher FROM worker WHERE get_byte(nik_cipher, 0) = 2").execute().await()
          .forEach(r -> {
            if (convertedBeforeRerun.containsKey(r.getUUID(0))) {
              assertThat(r.getBuffer(1)).isEqualTo(convertedBeforeRerun.get(r.getUUID(0)));
            }
          });
      // Nothing lost: every value opens to what it was.
      assertThat(opened(children.dataDir, pool)).isEqualTo(before);
      // Key 1 is retired: an instance whose key file lacks it starts and reads.
      assertThat(pool.query("SELECT key_id FROM data_key_check ORDER BY 1").execute().await().stream()
          .map(r -> (int) r.getShort(0)).toList()).containsExactly(0, 2);
      Path file = children.dataDir.resolve(DataKeys.FILE_NAME);
      Files.writeString(file, String.join("\n", Files.readAllLines(file).stream().filter(l -> !l.startsWith("enc.1=")).toList()));
      assertThat(DataKeys.load(null, null, children.dataDir).ids()).containsExactly(2);
      children.start("server-2.log");
      String again = children.login("admin", TestServer.ADMIN_PASSWORD);
      var worker = children.http.get("/api/v1/workers/" + some.get(0)).putHeader("Authorization", "Bearer " + again).send()
          .await();
      assertThat(worker.statusCode()).as(worker.bodyAsString()).isEqualTo(200);
      assertThat(worker.bodyAsJsonObject().getString("nik")).endsWith(before.get("worker.nik_cipher:" + some.get(0))
          .substring(12));
    }
  }

  /** Every sealed value, opened, by column and owner. */
  private static Map<String, String> opened(Path dataDir, Pool pool) {
    FieldCipher cipher = Sealed.of(dataDir).crypto().cipher();
    Map<String, String> out = new HashMap<>();
    for (SealedColumn column : SealedColumn.ALL) {
      String sql = "SELECT " + column.owner() + ", " + column.column() + ", " + String.join(" || ':' || ", column.keys().stream()
          .map(k -> k + "::text").toList()) + " FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL";
      for (Row r : pool.query(sql).execute().await()) {
        byte[] plain = cipher.openBytes(column.field(), r.getString(0), Bytes.of(r, column.column()));
        out.put(column.name() + ":" + r.getString(2), column.field().name().endsWith("CHUNK")
            ? Arrays.toString(plain) : new String(plain, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static long underKey(Pool pool, String table, String column, int key) {
    return pool.query("SELECT count(*) FROM " + table + " WHERE get_byte(" + column + ", 0) = " + key).execute().await()
        .iterator().next().getLong(0);
  }

  private static long notUnderKey(Pool pool, SealedColumn column, int key) {
    return pool.query("SELECT count(*) FROM " + column.table() + " WHERE get_byte(" + column.column() + ", 0) <> " + key)
        .execute().await().iterator().next().getLong(0);
  }

  private static void heirs(ChildInstances children, String token, UUID worker, int i) {
    JsonArray heirs = new JsonArray().add(new JsonObject().put("fullName", "Siti Aminah " + i)
        .put("nik", "357302450582" + String.format("%04d", i + 1)).put("relationship", "SPOUSE"));
    var put = children.http.put("/api/v1/workers/" + worker + "/heirs").putHeader("Authorization", "Bearer " + token)
        .putHeader("If-Match", "\"1\"").sendJson(heirs).await();
    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
  }

  private static void awaitImport(Pool pool) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && pool.query("SELECT count(*) FROM worker_import WHERE status = 'DONE'").execute()
        .await().iterator().next().getLong(0) == 0) {
      Thread.sleep(100);
    }
    assertThat(pool.query("SELECT count(*) FROM worker").execute().await().iterator().next().getLong(0)).isEqualTo(ROWS);
  }

  private static Buffer csv() {
    var workers = new SyntheticWorkers(17, SyntheticWorkers.MALANG_KELURAHAN_CODES, SyntheticWorkers.MALANG_CATEGORY_WEIGHTS);
    StringBuilder out = new StringBuilder(SyntheticWorkers.csvHeader()).append('\n');
    workers.stream(LocalDate.now()).limit(ROWS).forEach(w -> out.append(SyntheticWorkers.toCsvLine(w)).append('\n'));
    return Buffer.buffer(out.toString());
  }

  private static String log(ChildInstances children, String name) {
    try {
      return Files.readString(children.dataDir.resolve(name));
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
