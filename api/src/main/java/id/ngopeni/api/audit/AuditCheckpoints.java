package id.ngopeni.api.audit;

import id.ngopeni.api.auth.JwtKeys;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints of the audit chain's head, written OUTSIDE the database: one JSON line per
 * checkpoint (seq, hash, time, signature by the server's token signing key) appended to
 * {@code audit-checkpoints.jsonl} in the data directory. Whoever rewrites the database — even
 * with the chain's key — cannot rewrite what was checkpointed before without the signing key and
 * this file; verification checks the chain against the latest checkpoint. Copy the file off the
 * machine (or fetch it with {@code GET /audit/checkpoints}) to keep the anchor out of reach of
 * whoever controls the server.
 */
public final class AuditCheckpoints {
  static final String FILE_NAME = "audit-checkpoints.jsonl";

  /** One checkpoint as read back, and whether its signature holds. */
  public record Checkpoint(long seq, byte[] hash, Instant at, boolean signatureValid) {}

  private final Vertx vertx;
  private final Path file;
  private final JwtKeys keys;
  private final Clock clock;

  public AuditCheckpoints(Vertx vertx, Path dataDir, JwtKeys keys, Clock clock) {
    this.vertx = vertx;
    this.file = dataDir.resolve(FILE_NAME);
    this.keys = keys;
    this.clock = clock;
  }

  /** Appends a signed checkpoint of this head (off the event loop; flushed to disk). */
  public Future<Checkpoint> write(long seq, byte[] hash) {
    return vertx.executeBlocking(() -> {
      Instant at = clock.instant();
      JsonObject line = new JsonObject().put("seq", seq).put("hash", HexFormat.of().formatHex(hash))
          .put("at", at.toString()).put("signature", Base64.getEncoder().encodeToString(sign(payload(seq, hash, at))));
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.WRITE)) {
        out.write(java.nio.ByteBuffer.wrap((line.encode() + "\n").getBytes(StandardCharsets.UTF_8)));
        out.force(true);
      }
      return new Checkpoint(seq, hash, at, true);
    });
  }

  /** The newest checkpoint in the file, if any, with its signature checked. */
  public Future<Optional<Checkpoint>> latest() {
    return vertx.executeBlocking(() -> {
      List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (!lines.get(i).isBlank()) {
          return Optional.of(read(lines.get(i)));
        }
      }
      return Optional.empty();
    });
  }

  /** The whole file, for keeping a copy elsewhere. */
  public Future<String> export() {
    return vertx.executeBlocking(() -> Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "");
  }

  private Checkpoint read(String text) {
    try {
      JsonObject line = new JsonObject(text);
      long seq = line.getLong("seq");
      byte[] hash = HexFormat.of().parseHex(line.getString("hash"));
      Instant at = Instant.parse(line.getString("at"));
      Signature verifier = Signature.getInstance(keys.signatureAlgorithm());
      verifier.initVerify(keys.publicKey());
      verifier.update(payload(seq, hash, at));
      return new Checkpoint(seq, hash, at, verifier.verify(Base64.getDecoder().decode(line.getString("signature"))));
    } catch (RuntimeException | GeneralSecurityException unreadable) {
      return new Checkpoint(-1, new byte[0], Instant.EPOCH, false);
    }
  }

  private byte[] sign(byte[] payload) {
    try {
      Signature signer = Signature.getInstance(keys.signatureAlgorithm());
      signer.initSign(keys.privateKey());
      signer.update(payload);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] payload(long seq, byte[] hash, Instant at) {
    return ("ngopeni-audit-checkpoint|" + seq + "|" + HexFormat.of().formatHex(hash) + "|" + at)
        .getBytes(StandardCharsets.UTF_8);
  }
}
