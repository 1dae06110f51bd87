package id.ngopeni.api.http;

import io.vertx.ext.web.RoutingContext;
import java.time.Instant;

/**
 * RFC 9745: an answer to a request that used a deprecated name says so, with {@code Deprecation:
 * @<seconds since the epoch>} (when the name was deprecated) and a {@code Link} to the same request
 * under the new names ({@code rel="successor-version"}) and to the OpenAPI document, which marks
 * the old names {@code deprecated: true} ({@code rel="deprecation"}). The old names keep working
 * for the rest of {@code /api/v1}, so no {@code Sunset} date is given.
 */
public final class Deprecation {
  /** When API v1's first names (kelurahan, kecamatan, lower-case coverage) were deprecated. */
  public static final Instant V1_RENAMES = Instant.parse("2026-12-02T00:00:00Z");
  /** When a NIK (or its prefix) in {@code GET /workers?q=} was deprecated for {@code POST /workers/search}. */
  public static final Instant NIK_IN_QUERY = Instant.parse("2026-12-03T00:00:00Z");

  private static final String DOCUMENT = "</api/v1/openapi.yaml>; rel=\"deprecation\"; type=\"application/yaml\"";

  private Deprecation() {}

  /** Marks the answer as one to a deprecated request; {@code successor} is its path and query under the new names. */
  public static void announce(RoutingContext ctx, Instant since, String successor) {
    ctx.response().putHeader("Deprecation", "@" + since.getEpochSecond())
        .putHeader("Link", "<" + successor + ">; rel=\"successor-version\", " + DOCUMENT);
  }
}
