package id.ngopeni.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.persistence.testing.PgTestSupport;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogTest {
  private PgTestSupport pg;
  private final AuditLog audit = new AuditLog(AuditKey.load(null, tempDir()));
  private final UUID actor = UUID.randomUUID();

  private static java.nio.file.Path tempDir() {
    try {
      return java.nio.file.Files.createTempDirectory("ngopeni-audit-key");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @BeforeEach
  void start() {
    pg = new PgTestSupport("audit");
  }

  @AfterEach
  void stop() {
    pg.close();
  }

  private AuditEvent event(int i) {
    return new AuditEvent(actor, "OPERATOR", "worker.updated", "worker", "w" + (i % 3),
        new JsonObject().put("fullName", "Siti " + i), new JsonObject().put("fullName", "Siti " + (i + 1)).put("n", i));
  }

  private void append(int count) {
    for (int i = 0; i < count; i++) {
      int n = i;
      pg.pool.withTransaction(tx -> audit.append(tx, event(n))).await();
    }
  }

  @Test
  void anUntouchedChainVerifies() {
    assertThat(audit.verify(pg.pool).await()).isEqualTo(new AuditLog.Verification(true, 0, null));
    append(10);
    assertThat(audit.verify(pg.pool).await()).isEqualTo(new AuditLog.Verification(true, 10, null));
  }

  @Test
  void concurrentAppendsFormOneGaplessChain() {
    List<Future<Long>> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      all.add(pg.pool.withTransaction(tx -> audit.append(tx, event(n))));
    }
    Future.all(all).await();
    assertThat(all.stream().map(Future::result).sorted().toList()).isEqualTo(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
    assertThat(audit.verify(pg.pool).await().valid()).isTrue();
  }

  @Test
  void aRolledBackChangeLeavesNoEntry() {
    append(2);
    assertThatThrownBy(() -> pg.pool.withTransaction(tx -> audit.append(tx, event(9))
        .compose(seq -> Future.failedFuture(new IllegalStateException("the change itself failed")))).await())
        .hasMessageContaining("the change itself failed");
    append(1);
    var v = audit.verify(pg.pool).await();
    assertThat(v.valid()).isTrue();
    assertThat(v.entries()).isEqualTo(3);
  }

  /**
   * The head is one row rewritten by every append; bloated, it once made the planner expect
   * thousands of rows and JIT-compile each append (147 ms under the head lock). Our sessions run
   * without JIT, and the head is vacuumed and analysed after a few hundred changes.
   */
  @Test
  void theHeadStaysCheapToAppendTo() {
    assertThat(pg.pool.query("SHOW jit").execute().await().iterator().next().getString(0)).isEqualTo("off");
    var options = pg.pool.query("SELECT reloptions FROM pg_class WHERE relname = 'audit_head'").execute().await()
        .iterator().next().getArrayOfStrings(0);
    assertThat(options).contains("fillfactor=10", "autovacuum_vacuum_scale_factor=0", "autovacuum_vacuum_threshold=200");
    append(300);
    assertThat(audit.verify(pg.pool).await()).isEqualTo(new AuditLog.Verification(true, 300, null));
  }

  @Test
  void theTableRefusesUpdateAndDelete() {
    append(1);
    // Even its owner (the application role has no such grant at all: DatabaseRolesTest).
    assertThatThrownBy(() -> pg.owner.query("UPDATE audit_entry SET action = 'x'").execute().await())
        .isInstanceOf(PgException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> pg.owner.query("DELETE FROM audit_entry").execute().await())
        .isInstanceOf(PgException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> pg.owner.query("TRUNCATE audit_entry").execute().await())
        .isInstanceOf(PgException.class).hasMessageContaining("append-only");
  }

  @Test
  void editingARowBehindTheApplicationsBackIsDetectedAtThatRow() {
    append(6);
    tamper("UPDATE audit_entry SET after = '{\"fullName\": \"Mallory\"}' WHERE seq = 4");
    assertThat(audit.verify(pg.pool).await()).isEqualTo(new AuditLog.Verification(false, 6, 4L));
  }

  @Test
  void deletingTheNewestRowIsDetected() {
    append(5);
    tamper("DELETE FROM audit_entry WHERE seq = 5");
    var v = audit.verify(pg.pool).await();
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(5L);
  }

  @Test
  void deletingAMiddleRowIsDetected() {
    append(5);
    tamper("DELETE FROM audit_entry WHERE seq = 2");
    assertThat(audit.verify(pg.pool).await().firstBrokenSeq()).isEqualTo(3L);
  }

  /**
   * Issue 13.5: with the trigger off, an attacker changes who acted, recomputes every hash from
   * there on with the database's own canonical function and SHA-256, and moves the head. An
   * unkeyed chain verified as valid after that; the keyed one names the first rewritten entry.
   */
  @Test
  void aChainRecomputedInsideTheDatabaseDoesNotVerify() {
    append(6);
    tamper("UPDATE audit_entry SET actor_role = 'AUDITOR' WHERE seq = 3");
    for (int seq = 3; seq <= 6; seq++) {
      tamper("""
          UPDATE audit_entry e SET prev_hash = p.hash,
                 hash = sha256(p.hash || audit_canonical(e.seq, e.occurred_at, e.actor_id, e.actor_role, e.action,
                                                         e.entity_type, e.entity_id, e.before, e.after))
          FROM audit_entry p WHERE p.seq = e.seq - 1 AND e.seq = %d""".formatted(seq));
    }
    tamper("UPDATE audit_head SET hash = (SELECT hash FROM audit_entry WHERE seq = 6)");
    assertThat(audit.verify(pg.pool).await()).isEqualTo(new AuditLog.Verification(false, 6, 3L));
  }

  /** The same recomputation with a key the attacker guessed (or another installation's) fails too. */
  @Test
  void anotherKeyDoesNotVerifyTheChain() throws Exception {
    append(3);
    AuditLog other = new AuditLog(AuditKey.load(null, tempDir()));
    assertThat(other.verify(pg.pool).await()).isEqualTo(new AuditLog.Verification(false, 3, 1L));
  }

  @Test
  void theKeyFileIsPrivateToItsOwner() throws Exception {
    java.nio.file.Path dir = tempDir();
    AuditKey.load(null, dir);
    assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("audit-chain.key")))
        .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    assertThat(AuditKey.load(null, dir).toString()).doesNotContain("=");
  }

  @Test
  void personalIdentifiersAndSecretsNeverReachTheTrail() {
    JsonObject after = new JsonObject().put("fullName", "Budi").put("nik", "3573021204850001").put("password", "x")
        .put("heirs", new JsonArray().add(new JsonObject().put("fullName", "Ani").put("nik", "3573024506900002")));
    pg.pool.withTransaction(tx -> audit.append(tx, new AuditEvent(actor, "OPERATOR", "worker.created", "worker", "w1", null, after))).await();
    String stored = pg.pool.query("SELECT after::text FROM audit_entry").execute().await().iterator().next().getString(0);
    assertThat(stored).contains("Budi").contains("Ani").doesNotContain("3573").doesNotContain("password");
    var listed = new AuditSearch().page(pg.pool, AuditQuery.entity("worker", "w1"), null, 10).await();
    assertThat(listed.items()).hasSize(1);
    assertThat(listed.items().get(0).entry().after().getString("fullName")).isEqualTo("Budi");
  }

  /** What an attacker with database access does: switch the guard off, change history. */
  private void tamper(String sql) {
    pg.owner.withTransaction(tx -> tx.query("SET LOCAL session_replication_role = replica").execute()
        .compose(v -> tx.query(sql).execute())).await();
  }
}
