package id.ngopeni.api.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One text for every spelling of the same JSON value, so that a retry is recognised whatever its
 * client did to the body: object members sorted by name at every depth, no whitespace, strings
 * re-escaped the one way Jackson writes them (so {@code "\u0041"} and {@code "A"} are the same).
 * Numbers keep their type and digits ({@code 1} and {@code 1.0} stay different: a route may treat
 * them differently). A body that is not JSON is its own bytes.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The canonical bytes of a JSON object or array body; the body itself when it is anything else. */
  public static byte[] of(Buffer body) {
    String text = body.toString(StandardCharsets.UTF_8).strip();
    if (text.isEmpty() || (text.charAt(0) != '{' && text.charAt(0) != '[')) {
      return body.getBytes();
    }
    try {
      Object value = text.charAt(0) == '{' ? new JsonObject(text) : new JsonArray(text);
      StringBuilder out = new StringBuilder(text.length());
      write(value, out);
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (DecodeException e) {
      return body.getBytes();
    }
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof JsonObject object) {
      writeObject(object.getMap(), out);
    } else if (value instanceof Map<?, ?> map) {
      writeObject(map, out);
    } else if (value instanceof JsonArray array) {
      writeArray(array.getList(), out);
    } else if (value instanceof List<?> list) {
      writeArray(list, out);
    } else {
      out.append(Json.encode(value));
    }
  }

  private static void writeObject(Map<?, ?> map, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (var member : stringKeys(map).entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      out.append(Json.encode(member.getKey())).append(':');
      write(member.getValue(), out);
    }
    out.append('}');
  }

  private static void writeArray(List<?> list, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      write(list.get(i), out);
    }
    out.append(']');
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> keys = new TreeMap<>();
    map.forEach((k, v) -> keys.put(String.valueOf(k), v));
    return keys;
  }
}
