package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Deprecation;
import id.ngopeni.api.http.Paging;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.PersonNames;
import id.ngopeni.domain.worker.WorkerCategory;
import id.ngopeni.persistence.worker.Coverage;
import id.ngopeni.persistence.worker.WorkerFilter;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * The filters of {@code GET /workers} and the export: {@code q} (digits: NIK prefix; otherwise a
 * name, compared by its normalised key, so case, accents, titles and spelling variants do not
 * matter), {@code kelurahanCode}, {@code kecamatanCode}, {@code category}, {@code coverage}
 * ({@code ACTIVE}, {@code LAPSED} or {@code NONE}). The names of API v1's first version are still
 * accepted, deprecated: {@code kelurahan}, {@code kecamatan}, and the coverage in lower case; an
 * answer to a request using them says so ({@link #announceDeprecatedNames}). A field officer's
 * scope is always added, so filtering elsewhere just finds nothing. {@code POST /workers/search}
 * takes the same filters in its body ({@link #filter(Map, Violations, Caller, String)}); a NIK in
 * the URL's {@code q} is deprecated ({@link #announceNikInUrl}).
 */
final class WorkerSearch {
  /** Shorter name fragments have no trigram to use the index with, and match half the city. */
  static final int MIN_NAME_KEY = 3;

  private WorkerSearch() {}

  static WorkerFilter filter(RoutingContext ctx, Caller caller, boolean paged) {
    Violations v = new Violations();
    java.util.UUID after = null;
    try {
      after = paged ? Paging.uuidCursor(ctx) : null;
    } catch (id.ngopeni.domain.problem.Invalid e) {
      v.addAll(e.errors());
    }
    return filter(name -> param(ctx, name), v, caller, after, named(ctx, "kelurahanCode", "kelurahan"),
        named(ctx, "kecamatanCode", "kecamatan"));
  }

  /**
   * The same filters from a body ({@code POST /workers/search}: a NIK or its prefix never in a
   * URL), under their current names only; {@code v} holds the body's type errors so far.
   */
  static WorkerFilter filter(Map<String, String> values, Violations v, Caller caller, String cursor) {
    java.util.UUID after = null;
    try {
      after = Paging.uuidCursor(cursor);
    } catch (id.ngopeni.domain.problem.Invalid e) {
      v.addAll(e.errors());
    }
    return filter(name -> blankless(values.get(name)), v, caller, after, "kelurahanCode", "kecamatanCode");
  }

  private static WorkerFilter filter(UnaryOperator<String> param, Violations v, Caller caller, java.util.UUID after,
      String kelurahanName, String kecamatanName) {
    String nikPrefix = null;
    String nameKey = null;
    String q = param.apply("q");
    if (q != null) {
      if (isNikForm(q)) {
        if (q.length() > 16) {
          v.add("q", WorkerError.Q_INVALID);
        } else if (!WorkerFilter.NIK_PREFIX_LENGTHS.contains(q.length())) {
          // The database keeps no NIK, only indexes of its segments (V43): these lengths are answerable.
          v.add("q", WorkerError.NIK_PREFIX_LENGTH);
        }
        nikPrefix = q;
      } else {
        nameKey = PersonNames.normalize(q);
        if (nameKey.length() < MIN_NAME_KEY) {
          v.add("q", WorkerError.Q_TOO_SHORT, "Search for at least " + MIN_NAME_KEY + " letters of a name.");
        }
      }
    }
    String kelurahan = param.apply(kelurahanName);
    if (kelurahan != null && RegionCode.parseKelurahan(kelurahan).isEmpty()) {
      v.add(kelurahanName, WorkerError.KELURAHAN_INVALID);
    }
    String kecamatan = param.apply(kecamatanName);
    if (kecamatan != null && RegionCode.parse(kecamatan).filter(c -> c.level() == RegionCode.Level.KECAMATAN).isEmpty()) {
      v.add(kecamatanName, WorkerError.KECAMATAN_INVALID);
    }
    String category = param.apply("category");
    if (category != null && !WorkerCategory.isCode(category)) {
      v.add("category", WorkerError.CATEGORY_INVALID);
    }
    Coverage.Status coverage = null;
    String coverageText = param.apply("coverage");
    if (coverageText != null) {
      try {
        coverage = Coverage.Status.valueOf(coverageText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add("coverage", WorkerError.COVERAGE_INVALID);
      }
    }
    v.throwIfAny();
    return new WorkerFilter(caller.role().isAreaScoped() ? caller.kelurahanCodes() : null, kelurahan, kecamatan, category,
        coverage, nikPrefix, nameKey, after);
  }

  /** Digits only: {@code q} is a NIK or its prefix, not a name. */
  private static boolean isNikForm(String q) {
    return q.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * A NIK or its prefix in the URL's {@code q} (personal data in a URL: it lands in proxy and
   * server logs and browser history) is deprecated: the answer says so and names the successor,
   * {@code POST /workers/search}, which takes the same filters in its body. It still works.
   */
  static boolean announceNikInUrl(RoutingContext ctx) {
    String q = param(ctx, "q");
    if (q == null || !isNikForm(q)) {
      return false;
    }
    Deprecation.announce(ctx, Deprecation.NIK_IN_QUERY, "/api/v1/workers/search");
    return true;
  }

  /**
   * The name a filter was sent under: its name ({@code kelurahanCode}), else the deprecated one
   * ({@code kelurahan}) accepted for one more API version.
   */
  private static String named(RoutingContext ctx, String name, String deprecated) {
    return param(ctx, name) == null && param(ctx, deprecated) != null ? deprecated : name;
  }

  /**
   * When the request used a deprecated name, the answer carries {@code Deprecation} and a {@code
   * Link} to the same request under the new names (an old name sent beside its new one is dropped).
   */
  static void announceDeprecatedNames(RoutingContext ctx) {
    String coverage = param(ctx, "coverage");
    boolean lowerCoverage = coverage != null && !coverage.equals(coverage.toUpperCase(Locale.ROOT));
    if (param(ctx, "kelurahan") == null && param(ctx, "kecamatan") == null && !lowerCoverage) {
      return;
    }
    StringJoiner query = new StringJoiner("&");
    for (Map.Entry<String, String> p : ctx.queryParams()) {
      String name = RENAMED.getOrDefault(p.getKey(), p.getKey());
      if (!name.equals(p.getKey()) && param(ctx, name) != null) {
        continue;
      }
      String value = name.equals("coverage") ? p.getValue().toUpperCase(Locale.ROOT) : p.getValue();
      query.add(encode(name) + "=" + encode(value));
    }
    Deprecation.announce(ctx, Deprecation.V1_RENAMES, ctx.request().path() + "?" + query);
  }

  /** The deprecated names of v1's first version, and their successors. */
  private static final Map<String, String> RENAMED = Map.of("kelurahan", "kelurahanCode", "kecamatan", "kecamatanCode");

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String param(RoutingContext ctx, String name) {
    return blankless(ctx.queryParams().get(name));
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
