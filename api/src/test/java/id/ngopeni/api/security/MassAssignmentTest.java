package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.openapi.impl.Utils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mass assignment, route by route: every POST, PUT and PATCH with a JSON body that the OpenAPI
 * document lists gets a valid body plus the fields a client must never set (those its request
 * schema does not declare). The server must refuse with 422 naming each of them
 * ({@code unknown_field}) and change nothing — the same valid body without them then succeeds —
 * or ignore them; either way the stored object, read back, does not carry an injected value.
 */
class MassAssignmentTest {
  private static final String FORGED_ID = "00000000-0000-7000-8000-00000000bad1";
  private static final String FORGED_AT = "2001-02-03T04:05:06Z";
  /** What an attacker would like to set, with values no legitimate request produces. */
  private static final Map<String, Object> FORBIDDEN = new LinkedHashMap<>();

  static {
    FORBIDDEN.put("id", FORGED_ID);
    FORBIDDEN.put("role", "ADMIN");
    FORBIDDEN.put("status", "APPROVED");
    FORBIDDEN.put("version", 999);
    FORBIDDEN.put("amount", 987_654_321);
    FORBIDDEN.put("createdBy", FORGED_ID);
    FORBIDDEN.put("createdAt", FORGED_AT);
    FORBIDDEN.put("updatedAt", FORGED_AT);
    FORBIDDEN.put("approvedBy", FORGED_ID);
    FORBIDDEN.put("decidedBy", FORGED_ID);
    FORBIDDEN.put("userId", FORGED_ID);
    FORBIDDEN.put("batchId", FORGED_ID);
  }

  private static MassAssignmentCases cases;
  private static JsonObject doc;

  @BeforeAll
  static void start() {
    cases = new MassAssignmentCases();
    doc = Utils.readYamlOrJson(cases.server.clientVertx, "openapi/openapi.yaml").await();
  }

  @AfterAll
  static void stop() {
    cases.close();
  }

  @Test
  void everyOperationWithAJsonBodyHasACase() {
    assertThat(new TreeSet<>(cases.all().keySet())).isEqualTo(new TreeSet<>(jsonBodyOperations().keySet()));
  }

  @Test
  void noOperationStoresAFieldTheClientMustNotSet() {
    List<String> wrong = new ArrayList<>();
    jsonBodyOperations().forEach((operation, schema) -> {
      var make = cases.all().get(operation);
      if (make == null) {
        return; // reported by everyOperationWithAJsonBodyHasACase
      }
      Set<String> declared = declaredProperties(schema);
      Map<String, Object> injected = new LinkedHashMap<>(FORBIDDEN);
      injected.keySet().removeAll(declared);
      MassAssignmentCases.Call call = make.get();
      HttpMethod method = HttpMethod.valueOf(operation.substring(0, operation.indexOf(' ')).toUpperCase(Locale.ROOT));
      var attempt = cases.send(method, call.url(), call.token(), inject(call.body(), injected), call.headers());
      HttpResponse<Buffer> applied = attempt;
      if (attempt.statusCode() == 422) {
        Set<String> named = namedUnknown(attempt.bodyAsJsonObject());
        injected.keySet().stream().filter(f -> !named.contains(f))
            .forEach(f -> wrong.add(operation + ": 422 does not name " + f + " as unknown_field: " + attempt.bodyAsString()));
        // The refusal changed nothing: the same request without the injected fields still succeeds.
        applied = cases.send(method, call.url(), call.token(), call.body(), call.headers());
      }
      if (applied.statusCode() < 200 || applied.statusCode() > 299) {
        wrong.add(operation + " -> " + applied.statusCode() + " " + applied.bodyAsString());
        return;
      }
      // A file (an export) carries no fields to check; the read-back does.
      String type = String.valueOf(applied.getHeader("Content-Type"));
      JsonObject answer = applied.statusCode() == 204 || !type.contains("json") ? new JsonObject() : applied.bodyAsJsonObject();
      JsonObject stored = call.readBack().apply(answer);
      for (var field : injected.entrySet()) {
        for (JsonObject object : List.of(answer, stored)) {
          if (Objects.equals(String.valueOf(object.getValue(field.getKey())), String.valueOf(field.getValue()))) {
            wrong.add(operation + " stored " + field.getKey() + "=" + field.getValue() + ": " + object.encode());
          }
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  /** "post /users" → the request body schema, for every POST, PUT and PATCH whose body is JSON. */
  private static Map<String, JsonObject> jsonBodyOperations() {
    Map<String, JsonObject> out = new LinkedHashMap<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : List.of("post", "put", "patch")) {
        JsonObject op = paths.getJsonObject(path).getJsonObject(method);
        JsonObject json = op == null || op.getJsonObject("requestBody") == null ? null
            : op.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json");
        if (json != null) {
          out.put(method + " " + path, json.getJsonObject("schema"));
        }
      }
    }
    return out;
  }

  /** The properties a client may send: of the object, or of an array's items; $refs resolved. */
  private static Set<String> declaredProperties(JsonObject schema) {
    JsonObject resolved = resolve(schema);
    if ("array".equals(resolved.getString("type"))) {
      resolved = resolve(resolved.getJsonObject("items"));
    }
    JsonObject properties = resolved.getJsonObject("properties", new JsonObject());
    return new TreeSet<>(properties.fieldNames());
  }

  private static JsonObject resolve(JsonObject schema) {
    String ref = schema.getString("$ref");
    return ref == null ? schema
        : doc.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static Object inject(Object body, Map<String, Object> fields) {
    if (body instanceof JsonArray items) {
      JsonArray out = new JsonArray();
      items.forEach(item -> out.add(inject(item, fields)));
      return out;
    }
    JsonObject out = ((JsonObject) body).copy();
    fields.forEach(out::put);
    return out;
  }

  /** The field names (the last segment: heirs[0].role → role) that a problem lists as unknown_field. */
  private static Set<String> namedUnknown(JsonObject problem) {
    Set<String> named = new TreeSet<>();
    if (problem.getJsonArray("errors") == null) {
      return named;
    }
    for (Object e : problem.getJsonArray("errors")) {
      JsonObject error = (JsonObject) e;
      if ("unknown_field".equals(error.getString("code"))) {
        String field = error.getString("field");
        named.add(field.substring(field.lastIndexOf('.') + 1));
      }
    }
    return named;
  }
}
