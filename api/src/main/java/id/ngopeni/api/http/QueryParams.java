package id.ngopeni.api.http;

import id.ngopeni.domain.RecordNumber;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;

/** Optional query parameters that filter a list; a value we do not know is a 422 naming it. */
public final class QueryParams {
  private QueryParams() {}

  /** An optional enum query parameter; an unknown value is a 422, not an empty list. */
  public static <E extends Enum<E>> E enumValue(RoutingContext ctx, String name, Class<E> type) {
    String text = ctx.queryParams().get(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new Invalid(List.of(new FieldError(name, HttpError.VALUE_UNKNOWN,
        "Must be one of " + Arrays.toString(type.getEnumConstants()) + ".")));
  }

  /**
   * The optional {@code purpose} of a full export ({@link Purpose#parse}: an unknown one is 422
   * {@code purpose_invalid}); absent or blank: none, the export masked.
   */
  public static Purpose purpose(RoutingContext ctx) {
    String text = ctx.queryParams().get("purpose");
    return text == null || text.isBlank() ? null : Purpose.parse("purpose", text);
  }

  /**
   * An optional record number ({@code number=KLM-2026-000123}, typed loosely as {@link
   * RecordNumber#parse} reads it), as stored; one that is no number of this kind is a 422.
   */
  public static String recordNumber(RoutingContext ctx, String name, RecordNumber kind) {
    String text = ctx.queryParams().get(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    return kind.parse(text).orElseThrow(() -> new Invalid(List.of(new FieldError(name, HttpError.PARAMETER_MALFORMED,
        "A number such as " + kind.format(2026, 123) + "."))));
  }
}
