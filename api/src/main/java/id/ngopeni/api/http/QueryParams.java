package id.ngopeni.api.http;

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
}
