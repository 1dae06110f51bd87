package id.ngopeni.api.reference;

import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.MediaTypes;
import id.ngopeni.domain.problem.HttpError;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;

/**
 * Reads a small non-JSON body (the global body handler buffers only JSON) with a size limit:
 * the whole body as UTF-8 text, without a byte-order mark.
 */
final class RequestText {
  private RequestText() {}

  static Future<String> read(RoutingContext ctx, String mediaType, long maxBytes) {
    HttpServerRequest request = ctx.request();
    request.pause();
    String type = request.getHeader("Content-Type");
    if (!MediaTypes.is(type, mediaType)) {
      return Future.failedFuture(new HttpProblem(HttpError.UNSUPPORTED_MEDIA_TYPE, "Send the body as " + mediaType + "."));
    }
    String length = request.getHeader("Content-Length");
    if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > maxBytes) {
      return Future.failedFuture(discardRest(request, maxBytes));
    }
    Promise<String> text = Promise.promise();
    Buffer body = Buffer.buffer();
    request.handler(chunk -> {
      if (body.length() + chunk.length() > maxBytes) {
        text.tryFail(discardRest(request, maxBytes));
      } else if (!text.future().isComplete()) {
        body.appendBuffer(chunk);
      }
    });
    request.exceptionHandler(text::tryFail);
    request.endHandler(v -> {
      String s = body.toString(StandardCharsets.UTF_8);
      text.tryComplete(s.startsWith("\uFEFF") ? s.substring(1) : s);
    });
    request.resume();
    return text.future();
  }

  /**
   * Refuses the body but keeps reading (and dropping) what the client still sends, as the JSON
   * body handler does: a client blocked mid-upload would never read the 413.
   */
  private static HttpProblem discardRest(HttpServerRequest request, long maxBytes) {
    request.handler(ignored -> {});
    request.resume();
    return tooLarge(maxBytes);
  }

  private static HttpProblem tooLarge(long maxBytes) {
    return new HttpProblem(HttpError.BODY_TOO_LARGE, "The body is larger than " + maxBytes / (1024 * 1024) + " MiB.");
  }
}
