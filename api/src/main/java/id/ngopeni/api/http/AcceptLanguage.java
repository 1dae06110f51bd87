package id.ngopeni.api.http;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.Language;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * The language of a request's messages, from {@code Accept-Language} (RFC 9110 §12.5.4): the
 * supported language with the highest quality value, the first listed on a tie; Indonesian when
 * the header is absent, names neither language (or only {@code *}), or cannot be read. {@code id},
 * {@code id-ID} and the old {@code in} are Indonesian; {@code en}, {@code en-US}, {@code en-GB}
 * are English; {@code q=0} refuses a language.
 */
public final class AcceptLanguage {
  /** At most this many ranges are looked at: a header is a preference, not a workload. */
  private static final int MAX_RANGES = 32;

  private AcceptLanguage() {}

  public static Language of(RoutingContext ctx) {
    return parse(ctx.request().getHeader("Accept-Language"));
  }

  /**
   * The request's language, for an answer whose messages are written in it: the response says so
   * ({@code Content-Language}) and that it depends on the header ({@code Vary: Accept-Language}).
   */
  public static Language negotiate(RoutingContext ctx) {
    Language language = of(ctx);
    ctx.response().putHeader("Content-Language", language.tag());
    if (!ctx.response().headers().getAll("Vary").contains("Accept-Language")) {
      ctx.response().headers().add("Vary", "Accept-Language");
    }
    return language;
  }

  /**
   * A catalogued code's message in {@code language}: in English, the {@code message} written
   * where the code was raised (it may carry specifics); in Indonesian, the catalogue's text of the
   * code. A code the catalogue does not know keeps its message.
   */
  public static String message(String code, String message, Language language) {
    if (language == Language.EN || code == null) {
      return message;
    }
    try {
      return ErrorCode.of(code).message(language);
    } catch (IllegalArgumentException notCatalogued) {
      return message;
    }
  }

  static Language parse(String header) {
    if (header == null || header.isBlank()) {
      return Language.ID;
    }
    Language best = null;
    double bestQuality = 0;
    String[] ranges = header.split(",", MAX_RANGES + 1);
    for (int i = 0; i < Math.min(ranges.length, MAX_RANGES); i++) {
      String[] parts = ranges[i].split(";", -1);
      Language language = language(parts[0].trim().toLowerCase(Locale.ROOT));
      double quality = quality(parts);
      if (language != null && quality > bestQuality) {
        best = language;
        bestQuality = quality;
      }
    }
    return best == null ? Language.ID : best;
  }

  private static Language language(String range) {
    String primary = range.contains("-") ? range.substring(0, range.indexOf('-')) : range;
    return switch (primary) {
      case "id", "in" -> Language.ID;
      case "en" -> Language.EN;
      default -> null;
    };
  }

  /** The range's {@code q}, 1 when absent; 0 (never chosen) when unreadable. */
  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
        try {
          double q = Double.parseDouble(parameter.substring(2));
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
