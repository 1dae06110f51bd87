package id.ngopeni.persistence.audit;

import id.ngopeni.persistence.audit.AuditLog.Verification;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Walks the whole chain in pages of {@value #PAGE} entries and recomputes every link: each entry
 * follows the one before (gapless seq, {@code prev_hash} = its hash) and its hash is the keyed
 * HMAC of its content — or, only for entries written before the chain was keyed (V19), the plain
 * SHA-256 it was written with. The first entry that breaks any of this is the first broken one;
 * a head that disagrees with the last entry means a tail was removed or a head forged. The
 * database computes each entry's canonical content (the same function appends use); the key
 * never leaves the application.
 */
final class ChainVerification {
  private static final int PAGE = 5_000;
  private static final byte[] GENESIS = new byte[32];

  private static final String ENTRIES =
      """
      SELECT seq, prev_hash, hash, keyed,
             audit_canonical(seq, occurred_at, actor_id, actor_role, action, entity_type, entity_id, before, after)
               AS canonical
      FROM audit_entry WHERE seq > $1 ORDER BY seq LIMIT $2
      """;

  private static final String HEAD = "SELECT seq, hash FROM audit_head WHERE singleton";

  private final AuditKey key;
  private long entries;
  private long lastSeq;
  private byte[] lastHash = GENESIS;
  private boolean keyedSeen;
  private Long firstBroken;

  ChainVerification(AuditKey key) {
    this.key = key;
  }

  Future<Verification> run(SqlClient db) {
    return page(db).compose(v -> db.query(HEAD).execute()).map(rows -> {
      Row head = rows.iterator().next();
      boolean headAgrees = head.getLong("seq") == lastSeq && Arrays.equals(head.getBuffer("hash").getBytes(), lastHash);
      if (firstBroken == null && !headAgrees) {
        firstBroken = lastSeq + 1;
      }
      return new Verification(firstBroken == null, entries, firstBroken);
    });
  }

  private Future<Void> page(SqlClient db) {
    return db.preparedQuery(ENTRIES).execute(Tuple.of(lastSeq, PAGE)).compose(rows -> {
      for (Row r : rows) {
        check(r);
      }
      return rows.size() < PAGE ? Future.succeededFuture() : page(db);
    });
  }

  private void check(Row r) {
    long seq = r.getLong("seq");
    byte[] previous = r.getBuffer("prev_hash").getBytes();
    byte[] hash = r.getBuffer("hash").getBytes();
    boolean keyed = r.getBoolean("keyed");
    byte[] canonical = r.getBuffer("canonical").getBytes();
    entries++;
    boolean linked = seq == lastSeq + 1 && Arrays.equals(previous, lastHash);
    boolean sealed = keyed ? Arrays.equals(hash, key.link(previous, canonical))
        : !keyedSeen && Arrays.equals(hash, sha256(previous, canonical));
    if (firstBroken == null && !(linked && sealed)) {
      firstBroken = seq;
    }
    keyedSeen |= keyed;
    lastSeq = seq;
    lastHash = hash;
  }

  private static byte[] sha256(byte[] previous, byte[] canonical) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(previous);
      return digest.digest(canonical);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
