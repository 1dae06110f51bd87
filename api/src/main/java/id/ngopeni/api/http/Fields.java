package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the fields of a JSON body, collecting every type error instead of stopping at the
 * first, and refusing fields the endpoint does not know (a misspelt or forbidden field such as
 * {@code role} or {@code createdBy} must not be silently ignored).
 */
public final class Fields {
  private final JsonObject json;
  private final Violations violations = new Violations();
  private final Set<String> read = new HashSet<>();

  public Fields(JsonObject json) {
    this.json = json;
  }

  public Violations violations() {
    return violations;
  }

  public boolean has(String name) {
    read.add(name);
    return json.containsKey(name);
  }

  public String string(String name, boolean required) {
    Object value = value(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      violations.add(name, HttpError.TYPE_MISMATCH);
      return null;
    }
    if (required && s.isBlank()) {
      violations.add(name, HttpError.REQUIRED);
      return null;
    }
    return s;
  }

  public Boolean bool(String name, boolean required) {
    Object value = value(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean b)) {
      violations.add(name, HttpError.TYPE_MISMATCH);
      return null;
    }
    return b;
  }

  public Long wholeNumber(String name, boolean required) {
    Object value = value(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n) || value instanceof Double || value instanceof Float) {
      violations.add(name, HttpError.TYPE_MISMATCH);
      return null;
    }
    return n.longValue();
  }

  public LocalDate date(String name, boolean required) {
    String text = string(name, required);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(name, HttpError.DATE_INVALID);
      return null;
    }
  }

  /** A UUID field; a malformed one is {@code uuid_invalid} on the field. */
  public UUID uuid(String name, boolean required) {
    String text = string(name, required);
    if (text == null) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      violations.add(name, HttpError.UUID_INVALID);
      return null;
    }
  }

  public <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
    String text = string(name, required);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    violations.add(name, HttpError.VALUE_UNKNOWN, "Must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
    return null;
  }

  public List<String> strings(String name, boolean required) {
    Object value = value(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      violations.add(name, HttpError.TYPE_MISMATCH);
      return null;
    }
    List<String> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      Object item = array.getValue(i);
      if (item instanceof String s) {
        out.add(s);
      } else {
        violations.add(name + "[" + i + "]", HttpError.TYPE_MISMATCH);
      }
    }
    return out;
  }

  /**
   * A list of objects ({@code lines: [{code, amount}]}), each read by {@code item} with its own
   * Fields; an element's errors carry its path ({@code lines[0].amount}), a non-object element is
   * {@code type_mismatch}. Absent or null gives an empty list; {@code item} returning null leaves
   * the element out.
   */
  public <T> List<T> objects(String name, java.util.function.Function<Fields, T> item) {
    List<T> out = new ArrayList<>();
    Object value = value(name, false);
    if (value == null) {
      return out;
    }
    if (!(value instanceof JsonArray array)) {
      violations.add(name, HttpError.TYPE_MISMATCH);
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = name + "[" + i + "]";
      if (!(array.getValue(i) instanceof JsonObject element)) {
        violations.add(at, HttpError.TYPE_MISMATCH);
        continue;
      }
      Fields fields = new Fields(element);
      T read = item.apply(fields);
      fields.finish().errors().forEach(e -> violations.add(at + "." + e.field(), e.errorCode(), e.message()));
      if (read != null) {
        out.add(read);
      }
    }
    return out;
  }

  /**
   * Adds a violation for every field nobody read and returns all violations so far; the use
   * case adds its rule violations and throws once, so one 422 lists everything.
   */
  public Violations finish() {
    for (String key : json.fieldNames()) {
      if (!read.contains(key)) {
        violations.add(key, HttpError.UNKNOWN_FIELD);
      }
    }
    return violations;
  }

  /** {@link #finish()} and throw if anything was wrong: for bodies with no further rules. */
  public void requireValid() {
    finish().throwIfAny();
  }

  private Object value(String name, boolean required) {
    read.add(name);
    Object value = json.getValue(name);
    if (value == null && required) {
      violations.add(name, HttpError.REQUIRED);
    }
    return value;
  }
}
