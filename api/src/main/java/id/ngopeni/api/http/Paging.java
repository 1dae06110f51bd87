package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** {@code ?limit=&cursor=} and the {@code {items, nextCursor}} envelope of every list. */
public final class Paging {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  private Paging() {}

  public static int limit(RoutingContext ctx) {
    String text = ctx.queryParams().get("limit");
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException ignored) {
      // fall through to the problem below
    }
    throw new id.ngopeni.domain.problem.Invalid(
        java.util.List.of(new id.ngopeni.domain.problem.FieldError("limit", HttpError.LIMIT_INVALID, "Must be 1 to " + MAX_LIMIT + ".")));
  }

  /** Cursors are opaque to clients: base64url of the last key seen. */
  public static UUID uuidCursor(RoutingContext ctx) {
    return uuidCursor(ctx.queryParams().get("cursor"));
  }

  /** A cursor sent in a body (a search by POST); null or empty: the first page. */
  public static UUID uuidCursor(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return UUID.fromString(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new id.ngopeni.domain.problem.Invalid(
          java.util.List.of(new id.ngopeni.domain.problem.FieldError("cursor", HttpError.CURSOR_INVALID)));
    }
  }

  /** A cursor over a numeric key (newest-first lists by sequence): base64url of its digits. */
  public static Long longCursor(RoutingContext ctx) {
    String text = ctx.queryParams().get("cursor");
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new id.ngopeni.domain.problem.Invalid(
          java.util.List.of(new id.ngopeni.domain.problem.FieldError("cursor", HttpError.CURSOR_INVALID)));
    }
  }

  public static String cursorOf(long lastKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(lastKey).getBytes(StandardCharsets.US_ASCII));
  }

  public static String cursorOf(UUID lastKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor after a slice's last item, or null when nothing follows it. */
  public static <T> String nextCursor(Slice<T> slice, Function<T, UUID> key) {
    return slice.hasMore() ? cursorOf(key.apply(slice.items().get(slice.items().size() - 1))) : null;
  }

  public static JsonObject page(JsonArray items, String nextCursor) {
    return new JsonObject().put("items", items).put("nextCursor", nextCursor);
  }

  /** A slice as the envelope: each item as {@code json} makes it, the cursor after the last item's {@code key}. */
  public static <T> JsonObject page(Slice<T> slice, Function<T, JsonObject> json, Function<T, UUID> key) {
    JsonArray items = new JsonArray();
    slice.items().forEach(item -> items.add(json.apply(item)));
    return page(items, nextCursor(slice, key));
  }

  /**
   * Items already written as JSON, asked for {@code limit} at most: a full page may have more after
   * it, so its cursor is the last item's {@code id}; a shorter one is the end.
   */
  public static JsonObject pageById(List<JsonObject> items, int limit) {
    String next = items.size() == limit ? cursorOf(UUID.fromString(items.get(items.size() - 1).getString("id"))) : null;
    return page(new JsonArray(items), next);
  }
}
