package id.ngopeni.api.http;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.DomainProblem;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Language;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.RateLimited;
import id.ngopeni.domain.problem.Unauthenticated;
import id.ngopeni.domain.problem.VersionConflict;
import id.ngopeni.persistence.crypto.UnreadableValue;
import id.ngopeni.persistence.db.PgErrors;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become RFC 9457 {@code application/problem+json}. Handlers throw or
 * fail futures with typed problems; nothing else writes an error body, and no exception message
 * of unknown origin (SQL, stack traces, row values) ever reaches the client.
 */
public final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  public static final String CONTENT_TYPE = "application/problem+json";

  /**
   * What a client told the database is unavailable waits before retrying: a restart or a
   * fail-over takes seconds; the pool reconnects by itself on the next request.
   */
  static final int DATABASE_RETRY_AFTER_SECONDS = 5;

  private Problems() {}

  /** Failure handler for every route. */
  public static void handle(RoutingContext ctx) {
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    Throwable failure = ctx.failure();
    if (failure == null) {
      send(ctx, byStatus(ctx.statusCode() < 400 ? 500 : ctx.statusCode()));
      return;
    }
    send(ctx, toProblem(ctx, failure));
  }

  /** Error handler for requests no route handled (404) or handled with another method (405). */
  public static void notRouted(RoutingContext ctx, int status) {
    send(ctx, byStatus(status));
  }

  /** 503 {@code database_unavailable}, with when to retry (header and body). */
  public static Problem databaseUnavailable() {
    ErrorCode unavailable = HttpError.DATABASE_UNAVAILABLE;
    return new Problem(unavailable.status(), unavailable.code(), unavailable.message(), List.of(),
        new JsonObject().put("retryAfterSeconds", DATABASE_RETRY_AFTER_SECONDS));
  }

  static Problem toProblem(RoutingContext ctx, Throwable failure) {
    if (failure instanceof DomainProblem p) {
      return fromDomain(p);
    }
    if (failure instanceof HttpProblem p) {
      return new Problem(p.status(), p.code(), p.getMessage(), List.of(), new JsonObject());
    }
    if (failure instanceof DecodeException) {
      return Problem.of(HttpError.MALFORMED_JSON);
    }
    if (PgErrors.isUnavailable(failure)) {
      LOG.warn("Database unavailable: {}", PgErrors.describe(failure));
      return databaseUnavailable();
    }
    if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      return byStatus(ctx.statusCode());
    }
    String incident = UUID.randomUUID().toString();
    if (failure instanceof UnreadableValue unreadable) {
      // A sealed value that does not open is refused, never shown as garbage. The message names the
      // column and the row's id, never the value.
      LOG.error("Stored value refused incident={} {} {}: {}", incident, ctx.request().method(), ctx.normalizedPath(),
          unreadable.getMessage());
      ErrorCode code = HttpError.STORED_VALUE_UNREADABLE;
      return new Problem(code.status(), code.code(), code.message(), List.of(), new JsonObject().put("incident", incident));
    }
    // Log the type and SQLSTATE, never the message: it may carry row values such as a NIK.
    LOG.error("Unhandled failure incident={} {} {}: {}", incident, ctx.request().method(), ctx.normalizedPath(),
        PgErrors.describe(failure));
    if (LOG.isDebugEnabled()) {
      LOG.debug("incident " + incident, failure);
    }
    ErrorCode internal = HttpError.INTERNAL_ERROR;
    return new Problem(internal.status(), internal.code(), internal.message(), List.of(),
        new JsonObject().put("incident", incident));
  }

  /**
   * A domain problem's status comes from its type, not from {@link ErrorCode#status()}: a few codes
   * are raised both as a whole problem and inside an {@link Invalid} (422), e.g.
   * {@code heir_not_highest_priority}.
   */
  private static Problem fromDomain(DomainProblem p) {
    int status;
    List<FieldError> errors = List.of();
    JsonObject extra = new JsonObject(new java.util.LinkedHashMap<>(p.properties()));
    if (p instanceof Invalid invalid) {
      status = 422;
      errors = invalid.errors();
    } else if (p instanceof NotFound) {
      status = 404;
    } else if (p instanceof Conflict) {
      status = 409;
    } else if (p instanceof Forbidden) {
      status = 403;
    } else if (p instanceof Unauthenticated) {
      status = 401;
    } else if (p instanceof VersionConflict) {
      status = 412;
    } else if (p instanceof RateLimited limited) {
      status = 429;
      extra.put("retryAfterSeconds", Math.max(1, limited.retryAfter().toSeconds()));
    } else {
      status = 400;
    }
    return new Problem(status, p.code(), p.detail(), errors, extra);
  }

  static Problem byStatus(int status) {
    ErrorCode code =
        switch (status) {
          case 400 -> HttpError.BAD_REQUEST;
          case 401 -> HttpError.UNAUTHENTICATED;
          case 403 -> HttpError.FORBIDDEN;
          case 404 -> HttpError.NOT_FOUND;
          case 405 -> HttpError.METHOD_NOT_ALLOWED;
          case 406 -> HttpError.NOT_ACCEPTABLE;
          case 413 -> HttpError.BODY_TOO_LARGE;
          case 415 -> HttpError.UNSUPPORTED_MEDIA_TYPE;
          case 429 -> HttpError.TOO_MANY_REQUESTS;
          case 503 -> HttpError.UNAVAILABLE;
          default -> status >= 500 ? HttpError.INTERNAL_ERROR : HttpError.BAD_REQUEST;
        };
    String detail =
        switch (status) {
          case 401, 403, 404, 405, 413 -> code.message();
          default -> HttpResponseStatus.valueOf(status).reasonPhrase() + ".";
        };
    return new Problem(status, code.code(), detail, List.of(), new JsonObject());
  }

  /**
   * Writes the problem. {@code detail} and {@code errors[].message} are in the language of
   * {@code Accept-Language} ({@link AcceptLanguage}): in English, the call site's message, which
   * may carry specifics; in Indonesian (the default), the catalogue's Indonesian message of the
   * code. {@code code}, {@code type} and {@code title} (the status's reason phrase) never change.
   */
  public static void send(RoutingContext ctx, Problem problem) {
    Language language = AcceptLanguage.negotiate(ctx);
    JsonObject body =
        new JsonObject()
            .put("type", "urn:ngopeni:problem:" + problem.code())
            .put("title", HttpResponseStatus.valueOf(problem.status()).reasonPhrase())
            .put("status", problem.status())
            .put("detail", AcceptLanguage.message(problem.code(), problem.detail(), language))
            .put("code", problem.code());
    if (!problem.errors().isEmpty()) {
      JsonArray errors = new JsonArray();
      for (FieldError e : problem.errors()) {
        errors.add(new JsonObject().put("field", e.field()).put("code", e.code())
            .put("message", AcceptLanguage.message(e.code(), e.message(), language)));
      }
      body.put("errors", errors);
    }
    problem.extra().forEach(entry -> body.put(entry.getKey(), entry.getValue()));
    var response = ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", CONTENT_TYPE);
    // A download refused before its first byte (e.g. by FileCells) must not be saved as the file,
    // nor carry what its success would have said (Deprecation: only answers that served the request).
    response.headers().remove("Content-Disposition").remove("Deprecation").remove("Link").remove("Held-Back");
    if (problem.status() == 401) {
      response.putHeader("WWW-Authenticate", "Bearer realm=\"ngopeni\"");
    }
    if (body.containsKey("retryAfterSeconds")) {
      response.putHeader("Retry-After", String.valueOf(body.getLong("retryAfterSeconds")));
    }
    if (problem.status() == 405) {
      // Keep-alive clients may still be sending a body we never read.
      response.putHeader("Connection", "close");
    }
    Buffer bytes = body.toBuffer();
    Idempotency.store(ctx, problem.status(), CONTENT_TYPE, bytes).onComplete(done -> response.end(bytes));
  }

  public record Problem(int status, String code, String detail, List<FieldError> errors, JsonObject extra) {
    /** A problem with the catalogue's status and message. */
    static Problem of(ErrorCode code) {
      return new Problem(code.status(), code.code(), code.message(), List.of(), new JsonObject());
    }
  }
}
