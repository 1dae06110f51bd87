package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.Language;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * Why an import stopped, in English and Indonesian, each with its specifics (the columns, the row).
 * The job keeps it in its one text column as {@code {"en": …, "id": …}}; a job failed before both
 * were kept holds the Indonesian text alone.
 */
record FailureMessage(String english, String indonesian) {
  String stored() {
    return new JsonObject().put("en", english).put("id", indonesian).encode();
  }

  /**
   * The stored message of a failure with {@code code} in {@code language}; an Indonesian-only one
   * (older jobs) is answered in English by the catalogue's message of the code.
   */
  static String in(String code, String stored, Language language) {
    if (stored != null && stored.startsWith("{")) {
      try {
        JsonObject both = new JsonObject(stored);
        return both.getString(language == Language.EN ? "en" : "id");
      } catch (DecodeException | ClassCastException notBoth) {
        // an older text that happens to start with a brace: shown as it is
      }
    }
    if (language == Language.ID || code == null) {
      return stored;
    }
    try {
      return ErrorCode.of(code).message();
    } catch (IllegalArgumentException notCatalogued) {
      return stored;
    }
  }
}
