package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.5: someone who can write the database rewrites the audit chain — trigger off, actor
 * changed, every hash recomputed with the database's own function, head moved. The keyed chain
 * refuses that by itself; marking the rows as pre-key entries to fall back on plain SHA-256 is
 * caught by the signed checkpoint kept outside the database; a forged checkpoint line is caught by
 * its signature.
 */
class AuditAnchorTest {
  private TestServer server;
  private Pool db;
  private String admin;

  @BeforeEach
  void start() {
    server = new TestServer("audit_anchor");
    db = Pools.create(server.clientVertx, server.database, 1);
    admin = server.adminToken();
    server.createUser(admin, "anchored.one", "Rujak-Cingur-Surabaya-1", "AUDITOR", List.of());
    server.createUser(admin, "anchored.two", "Rujak-Cingur-Surabaya-2", "AUDITOR", List.of());
  }

  @AfterEach
  void stop() {
    db.close().await();
    server.close();
  }

  private JsonObject verify() {
    var answer = server.get("/api/v1/audit/verify", admin);
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.bodyAsJsonObject();
  }

  private long checkpoint() {
    var answer = server.post("/api/v1/audit/checkpoints", admin, new JsonObject());
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(201);
    return answer.bodyAsJsonObject().getLong("seq");
  }

  /** As an attacker with database access: the guard off, history rewritten from {@code from} on. */
  private void rewriteFrom(long from, boolean asPreKeyEntries) {
    db.withTransaction(tx -> tx.query("SET LOCAL session_replication_role = replica").execute()
        .compose(v -> tx.query("UPDATE audit_entry SET actor_role = 'AUDITOR'" + (asPreKeyEntries ? ", keyed = false" : "")
            + " WHERE seq >= " + from).execute())
        .compose(v -> tx.query("""
            DO $$ DECLARE r record; prev bytea; BEGIN
              FOR r IN SELECT seq FROM audit_entry WHERE seq >= %d ORDER BY seq LOOP
                SELECT hash INTO prev FROM audit_entry WHERE seq = r.seq - 1;
                prev := coalesce(prev, decode(repeat('00', 32), 'hex'));
                UPDATE audit_entry e SET prev_hash = prev,
                  hash = sha256(prev || audit_canonical(e.seq, e.occurred_at, e.actor_id, e.actor_role, e.action,
                                                        e.entity_type, e.entity_id, e.before, e.after))
                WHERE e.seq = r.seq;
              END LOOP;
              UPDATE audit_head SET hash = (SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1);
            END $$""".formatted(from)).execute())).await();
  }

  @Test
  void aChainRecomputedInTheDatabaseDoesNotVerify() {
    assertThat(verify().getBoolean("valid")).isTrue();
    rewriteFrom(2, false);
    JsonObject after = verify();
    assertThat(after.getBoolean("valid")).isFalse();
    assertThat(after.getLong("firstBrokenSeq")).isEqualTo(2L);
  }

  @Test
  void rewritingEveryEntryAsAPreKeyEntryIsCaughtByTheSignedCheckpoint() {
    long seq = checkpoint();
    assertThat(seq).isPositive();
    JsonObject before = verify();
    assertThat(before.getBoolean("valid")).isTrue();
    assertThat(before.getJsonObject("checkpoint").getLong("seq")).isEqualTo(seq);
    assertThat(before.getJsonObject("checkpoint").getBoolean("matches")).isTrue();

    rewriteFrom(1, true);
    JsonObject after = verify();
    assertThat(after.getBoolean("valid")).isFalse();
    assertThat(after.containsKey("firstBrokenSeq")).as("the rewritten chain is consistent in itself").isFalse();
    assertThat(after.getJsonObject("checkpoint").getBoolean("matches")).isFalse();
  }

  @Test
  void aForgedCheckpointLineIsRefusedByItsSignature() throws Exception {
    checkpoint();
    Path file = server.dataDir.resolve("audit-checkpoints.jsonl");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    JsonObject last = new JsonObject(lines.get(lines.size() - 1));
    Files.writeString(file, last.put("seq", 1).encode() + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    JsonObject after = verify();
    assertThat(after.getBoolean("valid")).isFalse();
    assertThat(after.getJsonObject("checkpoint").getBoolean("signatureValid")).isFalse();
    assertThat(server.get("/api/v1/audit/checkpoints", admin).bodyAsString()).contains("\"signature\"");
  }
}
