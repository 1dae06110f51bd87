package id.ngopeni.api.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Turns a request body into a JSON object, or a precise 400/415 problem. */
public final class JsonInput {
  private JsonInput() {}

  public static JsonObject object(RoutingContext ctx) {
    String contentType = ctx.request().getHeader("Content-Type");
    if (contentType == null || !isJson(contentType)) {
      throw new HttpProblem(415, "unsupported_media_type", "Send the body as application/json.");
    }
    var body = ctx.body();
    if (body == null || body.length() == 0) {
      throw HttpProblem.badRequest("body_required", "A JSON object body is required.");
    }
    Object value;
    try {
      value = io.vertx.core.json.Json.decodeValue(body.buffer());
    } catch (DecodeException e) {
      throw HttpProblem.badRequest("malformed_json", "The body is not valid JSON.");
    }
    if (!(value instanceof JsonObject json)) {
      throw HttpProblem.badRequest("json_object_expected", "The body must be a JSON object.");
    }
    return json;
  }

  static boolean isJson(String contentType) {
    String mime = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
  }
}
