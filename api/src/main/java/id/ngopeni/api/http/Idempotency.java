package id.ngopeni.api.http;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.persistence.db.HoldingPool;
import id.ngopeni.persistence.db.HoldingPool.Scope;
import id.ngopeni.persistence.idempotency.IdempotencyRepository;
import id.ngopeni.persistence.idempotency.IdempotencyRepository.InProgress;
import id.ngopeni.persistence.idempotency.IdempotencyRepository.Mismatch;
import id.ngopeni.persistence.idempotency.IdempotencyRepository.Outcome;
import id.ngopeni.persistence.idempotency.IdempotencyRepository.Replay;
import id.ngopeni.persistence.idempotency.IdempotencyRepository.Started;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on every authenticated POST: the same key and body from the same user
 * within 24 hours replays the first response (status, body, Location/ETag) with
 * {@code Idempotent-Replayed: true}; the same key with another request is 422
 * {@code idempotency_key_reused}; while the first is still running, 409 {@code idempotency_in_progress} with
 * {@code Retry-After}. A JSON body is compared as canonical JSON ({@link CanonicalJson}: member order
 * and whitespace do not matter). An upload (a body that
 * streams past this handler to its route) is compared by its SHA-256 too, read from the retry
 * before anything is replayed ({@link BodyDigest}). Routes marked {@link #READ_ONLY} are not
 * recorded: their answers may carry personal data and repeating them is harmless. The response is stored
 * before it is sent, so a client that never saw it gets it on retry. Server errors (5xx) are not
 * kept: the retry runs again.
 *
 * <p>The response is recorded in the use case's own transaction: the request runs in a
 * {@link HoldingPool.Scope}, which holds the use case's transaction open until {@link #store}
 * writes the response into it and commits both. A crash in between loses both, so the retry runs
 * the use case again; it can never find the work done and the key still pending, or a response
 * recorded for work that was rolled back. If that commit fails, the client gets the failure, not
 * the response.
 */
public record Idempotency(HoldingPool pool, IdempotencyRepository repository) implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);
  private static final String PENDING = "ngopeni.idempotency";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
  /** What {@code Retry-After} tells a client whose first request with the key is still running. */
  static final int RETRY_IN_PROGRESS_SECONDS = 1;
  private static final List<String> REPLAYED_HEADERS = List.of("Content-Type", "Location", "ETag");

  private record Pending(IdempotencyRepository repository, UUID userId, String key, byte[] requestHash, boolean streamed,
      Scope scope) {}

  /**
   * The first handler of a POST route that changes nothing (a lookup that sends its NIK in the body
   * because a URL must not carry it): such a request is not recorded at all, so its answer, personal
   * data included, is never kept; a retry simply runs it again. The key's check already ran (a key
   * used before for another request is still refused).
   */
  public static final Handler<RoutingContext> READ_ONLY = ctx -> {
    Pending pending = ctx.get(PENDING);
    if (pending == null) {
      ctx.next();
      return;
    }
    ctx.remove(PENDING);
    pending.scope().rollback().onComplete(done -> ctx.next());
  };

  @Override
  public void handle(RoutingContext ctx) {
    String key = ctx.request().getHeader("Idempotency-Key");
    if (ctx.request().method() != HttpMethod.POST || key == null) {
      ctx.next();
      return;
    }
    if (!KEY.matcher(key).matches()) {
      ctx.fail(keyProblem(HttpError.IDEMPOTENCY_KEY_INVALID));
      return;
    }
    UUID userId = Caller.of(ctx).userId();
    boolean streamed = ctx.body() == null || ctx.body().buffer() == null;
    // Hold the upload until the key is settled; its route reads it. (An empty body has ended already.)
    boolean held = streamed && !ctx.request().isEnded();
    if (held) {
      ctx.request().pause();
    }
    byte[] requestHash = requestHash(ctx, true);
    // A key recorded before bodies were compared as canonical JSON (within the last 24 hours of an upgrade).
    List<byte[]> accepted = streamed ? List.of(requestHash) : List.of(requestHash, requestHash(ctx, false));
    Scope scope = pool.open();
    scope.begin()
        .compose(tx -> repository.begin(tx, userId, key, accepted))
        .onSuccess(outcome -> {
          if (!(outcome instanceof Started)) {
            // The key's lock is released before the answer, so the client's next request never finds it held.
            scope.rollback().onComplete(released -> settled(ctx, outcome, streamed));
          } else {
            Pending pending = new Pending(repository, userId, key, requestHash, streamed, scope);
            ctx.put(PENDING, pending);
            // A response that bypassed store() (or a connection closed before it) undoes the work
            // held so far; the key was never recorded.
            ctx.addEndHandler(done -> {
              if (ctx.get(PENDING) != null) {
                ctx.remove(PENDING);
                scope.rollback();
              }
            });
            if (held) {
              ctx.request().resume();
            }
            ctx.next();
          }
        })
        .onFailure(e -> {
          scope.rollback();
          ctx.fail(e);
        });
  }

  /** The answer to a request whose key was used before, or is in use. */
  private static void settled(RoutingContext ctx, Outcome outcome, boolean streamed) {
    if (outcome instanceof Replay replay && streamed && replay.bodySha256() != null) {
      // Type and length matched; the retried upload must be the same file, byte for byte.
      BodyDigest.drain(ctx.request()).onComplete(read -> {
        if (read.failed()) {
          ctx.fail(read.cause());
        } else if (MessageDigest.isEqual(read.result(), replay.bodySha256())) {
          replay(ctx, replay);
        } else {
          ctx.fail(keyProblem(HttpError.IDEMPOTENCY_KEY_REUSED));
        }
      });
    } else if (outcome instanceof Replay replay) {
      replay(ctx, replay);
    } else if (outcome instanceof Mismatch) {
      ctx.fail(keyProblem(HttpError.IDEMPOTENCY_KEY_REUSED));
    } else if (outcome instanceof InProgress) {
      ctx.fail(new Conflict(HttpError.IDEMPOTENCY_IN_PROGRESS, HttpError.IDEMPOTENCY_IN_PROGRESS.message(),
          Map.of("retryAfterSeconds", RETRY_IN_PROGRESS_SECONDS)));
    }
  }

  /**
   * Called by {@link Responses} and {@link Problems} just before a response is sent: records it in
   * the use case's held transaction and commits both (or, for a server error, rolls the work back
   * and frees the key). Completes when it is safe to send; fails when the work could not be
   * committed, and the caller must then answer with that failure instead.
   */
  static Future<Void> store(RoutingContext ctx, int status, String contentType, Buffer body) {
    Pending pending = ctx.get(PENDING);
    if (pending == null) {
      return Future.succeededFuture();
    }
    ctx.remove(PENDING);
    if (status >= 500) {
      return pending.scope().rollback().recover(e -> Future.succeededFuture());
    }
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
    Buffer stored = body == null ? Buffer.buffer() : body;
    Future<byte[]> bodySha256 = pending.streamed() ? BodyDigest.ofReadBody(ctx) : Future.succeededFuture();
    return bodySha256
        .transform(digested -> digested.succeeded() ? Future.succeededFuture(digested.result())
            : pending.scope().rollback().transform(r -> Future.<byte[]>failedFuture(digested.cause())))
        .compose(digest -> pending.scope().commit(db -> pending.repository().complete(db, pending.userId(), pending.key(),
            pending.requestHash(), digest, status, headers, stored)))
        .onFailure(e -> LOG.warn("The request's work and its idempotent response were not committed: {}", e.toString()));
  }

  private static void replay(RoutingContext ctx, Replay replay) {
    var response = ctx.response().setStatusCode(replay.status()).putHeader("Idempotent-Replayed", "true");
    replay.headers().forEach(h -> response.putHeader(h.getKey(), String.valueOf(h.getValue())));
    response.end(replay.body() == null ? Buffer.buffer() : replay.body());
  }

  /**
   * A refused key answers with its own code at the top (422), and the same code once more in
   * {@code errors[0]} for clients that read it there.
   */
  private static Invalid keyProblem(HttpError code) {
    return new Invalid(code, code.message(), List.of(new FieldError("Idempotency-Key", code)));
  }

  private static byte[] requestHash(RoutingContext ctx, boolean canonical) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((ctx.request().method() + " " + ctx.request().path() + "\n").getBytes(StandardCharsets.UTF_8));
      if (ctx.body() != null && ctx.body().buffer() != null) {
        // Canonical JSON: a retry whose members come in another order, or with other whitespace, is the same request.
        digest.update(canonical ? CanonicalJson.of(ctx.body().buffer()) : ctx.body().buffer().getBytes());
      } else {
        // An upload streams past us: it is known here by its type, length and, when the client
        // sends one, its Content-Digest (RFC 9530); the body's own SHA-256 is recorded with the
        // response and checked against a retry's body before replaying (BodyDigest).
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
