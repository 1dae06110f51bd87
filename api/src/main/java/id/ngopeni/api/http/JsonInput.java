package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns a request body into a JSON object, or a precise 400/415 problem. Every body read here
 * passes {@link JsonText}: no control characters, no string above 10,000 characters (422).
 */
public final class JsonInput {
  private JsonInput() {}

  public static JsonObject object(RoutingContext ctx) {
    if (!(value(ctx, "A JSON object body is required.") instanceof JsonObject json)) {
      throw HttpProblem.badRequest(HttpError.JSON_OBJECT_EXPECTED, "The body must be a JSON object.");
    }
    return json;
  }

  /**
   * The decoded JSON body, whatever its shape (object, array, scalar): 415 for another media type,
   * 400 for no body ({@code requiredMessage}) or malformed JSON.
   */
  public static Object value(RoutingContext ctx, String requiredMessage) {
    return value(ctx, requiredMessage, "");
  }

  /**
   * As {@link #value(RoutingContext, String)}; {@code root} names the body in field errors (an
   * array of heirs is {@code heirs}, so its values are {@code heirs[0].fullName}).
   */
  public static Object value(RoutingContext ctx, String requiredMessage, String root) {
    String contentType = ctx.request().getHeader("Content-Type");
    if (contentType == null || !isJson(contentType)) {
      throw new HttpProblem(HttpError.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
    }
    if (isEmpty(ctx)) {
      throw HttpProblem.badRequest(HttpError.BODY_REQUIRED, requiredMessage);
    }
    Object body;
    try {
      body = io.vertx.core.json.Json.decodeValue(ctx.body().buffer());
    } catch (DecodeException e) {
      throw HttpProblem.badRequest(HttpError.MALFORMED_JSON, "The body is not valid JSON.");
    }
    JsonText.check(body, root);
    return body;
  }

  /** No body at all ({@code RequestBody.length()} is -1 then, not 0) or a zero-length one. */
  public static boolean isEmpty(RoutingContext ctx) {
    return ctx.body() == null || ctx.body().length() <= 0 || ctx.body().buffer() == null;
  }

  /** The body as an object, or an empty object when the client sent no body. */
  public static JsonObject optionalObject(RoutingContext ctx) {
    return isEmpty(ctx) ? new JsonObject() : object(ctx);
  }

  public static boolean isJson(String contentType) {
    String mime = MediaTypes.of(contentType);
    return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
  }
}
