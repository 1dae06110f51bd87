package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Mounted before every API route: the query parameters and the path's segments (which become
 * path parameters) are checked once, centrally, before any route, repository or the database
 * sees them. A percent-encoding that does not decode is 400 {@code parameter_malformed}; a
 * decoded value holding a control character ({@link ControlCharacters}: {@code ?entityType=%00})
 * or longer than its limit is 422 with a field error naming the query parameter, or {@code path}
 * for the path ({@code control_characters}, {@code too_long}).
 */
public final class ParameterGuard implements Handler<RoutingContext> {
  /** The longest query value: far above any search text, id, date or cursor. */
  public static final int MAX_QUERY_VALUE = 1_000;
  /** The longest path segment: far above any id or code. */
  public static final int MAX_PATH_SEGMENT = 200;
  private static final int MAX_NAME = 100;

  @Override
  public void handle(RoutingContext ctx) {
    MultiMap query;
    try {
      query = ctx.queryParams();
    } catch (RuntimeException e) {
      throw HttpProblem.badRequest(HttpError.PARAMETER_MALFORMED, "The query string is not well-formed.");
    }
    Violations violations = new Violations();
    for (Map.Entry<String, String> parameter : query) {
      String name = parameter.getKey();
      if (name.length() > MAX_NAME) {
        violations.add(ControlCharacters.printable(name, MAX_NAME), HttpError.TOO_LONG,
            "A parameter name has at most " + MAX_NAME + " characters.");
      } else if (ControlCharacters.any(name)) {
        violations.add(ControlCharacters.printable(name, MAX_NAME), HttpError.CONTROL_CHARACTERS);
      } else {
        check(name, parameter.getValue(), MAX_QUERY_VALUE, violations);
      }
    }
    for (String segment : ctx.request().path().split("/")) {
      check("path", decode(segment), MAX_PATH_SEGMENT, violations);
    }
    violations.throwIfAny();
    ctx.next();
  }

  private static void check(String field, String value, int max, Violations violations) {
    if (value.length() > max) {
      violations.add(field, HttpError.TOO_LONG, "At most " + max + " characters.");
    } else if (ControlCharacters.any(value)) {
      violations.add(field, HttpError.CONTROL_CHARACTERS);
    }
  }

  /** A path segment as a path parameter will read it: percent-decoded, {@code +} left alone. */
  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(HttpError.PARAMETER_MALFORMED, "The path is not well-formed.");
    }
  }
}
