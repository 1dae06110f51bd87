package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import io.vertx.ext.web.RoutingContext;

/** Optimistic locking over HTTP: {@code ETag: "7"} out, {@code If-Match: "7"} back in. */
public final class ETags {
  private ETags() {}

  public static String of(int version) {
    return "\"" + version + "\"";
  }

  /**
   * {@code If-Match: *}: any current representation matches (RFC 9110 §13.1.1); the change applies
   * to whichever version is stored, and a resource that does not exist still fails (404 or 412).
   */
  public static final int ANY = -1;

  /** Whether the version the client named ({@link #ANY} included) is the stored one. */
  public static boolean matches(int expected, int current) {
    return expected == ANY || expected == current;
  }

  /**
   * The version the client last saw, or {@link #ANY}; 428 when the header is missing, 412 when
   * unusable.
   */
  public static int requiredVersion(RoutingContext ctx) {
    String header = ctx.request().getHeader("If-Match");
    if (header == null || header.isBlank()) {
      throw new HttpProblem(HttpError.IF_MATCH_REQUIRED, "Send If-Match with the ETag you last read.");
    }
    String tag = header.trim();
    if (tag.equals("*")) {
      return ANY;
    }
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      int version = Integer.parseInt(tag);
      if (version < 0) {
        throw new NumberFormatException(tag);
      }
      return version;
    } catch (NumberFormatException e) {
      throw new HttpProblem(HttpError.VERSION_CONFLICT, "If-Match does not name a version of this resource.");
    }
  }
}
