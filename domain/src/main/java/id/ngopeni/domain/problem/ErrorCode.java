package id.ngopeni.domain.problem;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An error code the server answers with: its wire name, the HTTP status of a problem carrying it,
 * one English message for call sites that add no specifics, and its kinds ({@link ErrorKind#prefix()}
 * names the console's translation key). The codes are constants of one enum per capability
 * ({@link HttpError}, {@link UserError}, {@link WorkerError}, {@link ImportError},
 * {@link ReferenceError}, {@link MoneyError}, {@link ClaimError}, {@link PayoutError}); together they
 * are the catalogue, {@link ErrorCatalogue}. A new code also goes into id.js and en.js.
 */
public interface ErrorCode {
  /** What a code is; each constant holds one. */
  record Spec(String code, int status, String message, Set<ErrorKind> kinds) {
    public Spec(String code, int status, String message, ErrorKind first, ErrorKind... more) {
      this(code, status, message, Set.copyOf(EnumSet.of(first, more)));
    }
  }

  Spec spec();

  /** The stable wire name, e.g. {@code duplicate_nik}. */
  default String code() {
    return spec().code();
  }

  /** The HTTP status of a problem whose code this is. */
  default int status() {
    return spec().status();
  }

  /** The English message used when a call site gives none. */
  default String message() {
    return spec().message();
  }

  /**
   * The message in {@code language}: the Indonesian text of {@code error-messages-id.tsv}, or the
   * English one of {@code error-codes.tsv}.
   */
  default String message(Language language) {
    return ErrorCatalogue.message(this, language);
  }

  /** Whether an Indonesian message was written for this code (else it falls back to English). */
  default boolean hasIndonesianMessage() {
    return ErrorCatalogue.hasIndonesian(this);
  }

  default Set<ErrorKind> kinds() {
    return spec().kinds();
  }

  /** The catalogued code of this wire name; {@link IllegalArgumentException} if there is none. */
  static ErrorCode of(String code) {
    return ErrorCatalogue.of(code);
  }

  /** Every catalogued code. */
  static List<ErrorCode> all() {
    return ErrorCatalogue.ALL;
  }
}
