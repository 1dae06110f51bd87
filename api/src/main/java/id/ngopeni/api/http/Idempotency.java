package id.ngopeni.api.http;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.persistence.idempotency.IdempotencyRepository;
import id.ngopeni.persistence.idempotency.IdempotencyRepository.InProgress;
import id.ngopeni.persistence.idempotency.IdempotencyRepository.Mismatch;
import id.ngopeni.persistence.idempotency.IdempotencyRepository.Replay;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on every authenticated POST: the same key and body from the same user
 * within 24 hours replays the first response (status, body, Location/ETag) with
 * {@code Idempotent-Replayed: true}; the same key with another request is 422
 * {@code idempotency_key_reused}; while the first is still running, 409. The response is stored
 * before it is sent, so a client that never saw it gets it on retry. Server errors (5xx) are not
 * kept: the retry runs again.
 */
public final class Idempotency implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);
  private static final String PENDING = "ngopeni.idempotency";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final List<String> REPLAYED_HEADERS = List.of("Content-Type", "Location", "ETag");

  private record Pending(Pool pool, IdempotencyRepository repository, UUID userId, String key) {}

  private final Pool pool;
  private final IdempotencyRepository repository;

  public Idempotency(Pool pool, IdempotencyRepository repository) {
    this.pool = pool;
    this.repository = repository;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String key = ctx.request().getHeader("Idempotency-Key");
    if (ctx.request().method() != HttpMethod.POST || key == null) {
      ctx.next();
      return;
    }
    if (!KEY.matcher(key).matches()) {
      ctx.fail(Invalid.of("Idempotency-Key", "idempotency_key_invalid", "1 to 255 visible ASCII characters."));
      return;
    }
    UUID userId = Caller.of(ctx).userId();
    boolean streamed = ctx.body() == null || ctx.body().buffer() == null;
    if (streamed) {
      // Hold the upload until the key is settled; its route reads it.
      ctx.request().pause();
    }
    repository
        .begin(pool, userId, key, requestHash(ctx))
        .onSuccess(outcome -> {
          if (outcome instanceof Replay replay) {
            replay(ctx, replay);
          } else if (outcome instanceof Mismatch) {
            ctx.fail(Invalid.of("Idempotency-Key", "idempotency_key_reused",
                "This Idempotency-Key was already used for a different request."));
          } else if (outcome instanceof InProgress) {
            ctx.fail(new Conflict("idempotency_in_progress", "A request with this Idempotency-Key is still running."));
          } else {
            Pending pending = new Pending(pool, repository, userId, key);
            ctx.put(PENDING, pending);
            // A response that bypassed store() (or a crash of the handler) frees the key.
            ctx.addEndHandler(done -> {
              if (ctx.get(PENDING) != null) {
                repository.release(pool, userId, key);
              }
            });
            if (streamed) {
              ctx.request().resume();
            }
            ctx.next();
          }
        })
        .onFailure(ctx::fail);
  }

  /**
   * Called by {@link Responses} and {@link Problems} just before a response is sent: stores it
   * (or, for a server error, frees the key). Completes when it is safe to send.
   */
  static Future<Void> store(RoutingContext ctx, int status, String contentType, Buffer body) {
    Pending pending = ctx.get(PENDING);
    if (pending == null) {
      return Future.succeededFuture();
    }
    ctx.remove(PENDING);
    Future<Void> stored;
    if (status >= 500) {
      stored = pending.repository().release(pending.pool(), pending.userId(), pending.key());
    } else {
      JsonObject headers = new JsonObject();
      if (contentType != null) {
        headers.put("Content-Type", contentType);
      }
      for (String name : REPLAYED_HEADERS) {
        String value = ctx.response().headers().get(name);
        if (value != null) {
          headers.put(name, value);
        }
      }
      stored = pending.repository().complete(pending.pool(), pending.userId(), pending.key(), status, headers,
          body == null ? Buffer.buffer() : body);
    }
    return stored.recover(e -> {
      LOG.warn("Could not store the idempotent response: {}", e.toString());
      return Future.succeededFuture();
    });
  }

  private static void replay(RoutingContext ctx, Replay replay) {
    var response = ctx.response().setStatusCode(replay.status()).putHeader("Idempotent-Replayed", "true");
    replay.headers().forEach(h -> response.putHeader(h.getKey(), String.valueOf(h.getValue())));
    response.end(replay.body() == null ? Buffer.buffer() : replay.body());
  }

  private static byte[] requestHash(RoutingContext ctx) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((ctx.request().method() + " " + ctx.request().path() + "\n").getBytes(StandardCharsets.UTF_8));
      if (ctx.body() != null && ctx.body().buffer() != null) {
        digest.update(ctx.body().buffer().getBytes());
      } else {
        // An upload streams past us: it is known by its type, length and, when the client sends
        // one, its Content-Digest (RFC 9530). Without a digest, two different files of the same
        // length under one key count as the same request.
        // The media type without parameters: a retried multipart upload has a new boundary.
        String type = MediaTypes.of(ctx.request().getHeader("Content-Type"));
        digest.update(("type: " + type + "\n").getBytes(StandardCharsets.UTF_8));
        for (String header : List.of("Content-Length", "Content-Digest")) {
          digest.update((header + ": " + ctx.request().getHeader(header) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
