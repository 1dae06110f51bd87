package id.ngopeni.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.impl.Utils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that make the OpenAPI document usable by a generated client (issue 18), checked on
 * the committed file so a new path cannot quietly break them; the generated client itself is
 * exercised against the server in client-test/. Which statuses and headers the server really
 * answers is held against the document by {@link id.ngopeni.api.testing.DocumentedAnswers}, in
 * RoleMatrixTest, the fault tests and client-test.
 */
class OpenApiDocumentTest {
  /** Integers that can never pass 2^31; every other integer is int64 (money, counts, sizes, sequences). */
  private static final Set<String> INT32 = Set.of("version", "year", "sortOrder", "status", "priorityClass",
      "heirPriorityClass", "accountNumberLength", "row", "limit", "expiresIn", "rateBasisPoints", "Retry-After", "RetryAfter");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
  private static final Set<String> ALL_ROLES = Set.of("ADMIN", "OPERATOR", "APPROVER", "AUDITOR", "FIELD_OFFICER");
  /**
   * The operations that answer without the database: every other one meets 503
   * {@code database_unavailable} when it is down (DatabaseOutageTest shows it for reads, sign-in,
   * refresh, recorded POSTs and uploads).
   */
  private static final Set<String> WITHOUT_DATABASE = Set.of("GET /health/live", "GET /openapi.yaml");

  private static Vertx vertx;
  private static JsonObject doc;

  @BeforeAll
  static void read() {
    vertx = Vertx.vertx();
    doc = Utils.readYamlOrJson(vertx, "openapi/openapi.yaml").await();
  }

  @AfterAll
  static void close() {
    vertx.close().await();
  }

  @Test
  void theErrorCodeCatalogueInTheDocumentIsTheOneTheServerUses() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    StringBuilder block = new StringBuilder("x-error-codes:\n");
    try (InputStream in = getClass().getResourceAsStream("/id/ngopeni/domain/problem/error-codes.tsv")) {
      assertThat(in).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("# ") && !line.startsWith("# The ") && !line.startsWith("# Every ")) {
          block.append("  ").append(line).append('\n');
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String entry = "{ status: " + cells[1] + ", kinds: [" + cells[2].replace(",", ", ") + "], message: "
            + new JsonArray().add(cells[3]).encode().replaceAll("^\\[|]$", "") + " }";
        expected.put(cells[0], entry);
        block.append("  ").append(cells[0]).append(": ").append(entry).append('\n');
      }
    }
    Map<String, String> documented = new LinkedHashMap<>();
    JsonObject codes = doc.getJsonObject("x-error-codes", new JsonObject());
    for (String code : codes.fieldNames()) {
      JsonObject c = codes.getJsonObject(code);
      documented.put(code, "{ status: " + c.getInteger("status") + ", kinds: [" + String.join(", ",
          c.getJsonArray("kinds").stream().map(String::valueOf).toList()) + "], message: "
          + new JsonArray().add(c.getString("message")).encode().replaceAll("^\\[|]$", "") + " }");
    }
    assertThat(documented)
        .as("x-error-codes in openapi.yaml must be error-codes.tsv; replace the block before `paths:` with%n%s", block)
        .containsExactlyEntriesOf(expected);
  }

  @Test
  void noPropertyIsEmpty() {
    // An unquoted description holding ", " inside { } is cut there and leaves a junk key with no schema.
    List<String> wrong = new ArrayList<>();
    walk(doc, "", (where, node) -> {
      JsonObject properties = node.getValue("properties") instanceof JsonObject p ? p : new JsonObject();
      properties.fieldNames().stream().filter(name -> !(properties.getValue(name) instanceof JsonObject))
          .forEach(name -> wrong.add(where + "/properties/" + name));
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyIntegerSaysItsSizeAndOnlySmallOnesAreInt32() {
    List<String> wrong = new ArrayList<>();
    walk(doc, "", (where, node) -> {
      Object type = node.getValue("type");
      boolean integer = "integer".equals(type) || (type instanceof JsonArray a && a.contains("integer"));
      if (!integer) {
        return;
      }
      String name = where.substring(where.lastIndexOf('/') + 1);
      String format = node.getString("format");
      String want = INT32.contains(name) ? "int32" : "int64";
      if (!want.equals(format)) {
        wrong.add(where + " is " + format + ", should be " + want);
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyOperationDeclaresTheAnswersEveryRouteCanGive() {
    List<String> wrong = new ArrayList<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      assertThat(item.containsKey("servers")).as("path-level servers on %s (generators ignore them)", path).isFalse();
      for (String method : item.fieldNames()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        JsonObject op = item.getJsonObject(method);
        String name = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        JsonObject responses = op.getJsonObject("responses");
        boolean secured = !(op.getValue("security") instanceof JsonArray a && a.isEmpty());
        JsonObject body = op.getJsonObject("requestBody");
        boolean json = body != null && body.getJsonObject("content").containsKey("application/json");
        // 500 internal_error: the failure handler of every route answers an unexpected failure with it.
        List<String> need = new ArrayList<>(List.of("400", "422", "500"));
        if (!WITHOUT_DATABASE.contains(name)) {
          need.add("503");
        }
        if (secured) {
          need.add("401");
          Set<Object> roles = Set.copyOf(op.getJsonArray("x-roles", new JsonArray()).getList());
          if (!roles.equals(ALL_ROLES)) {
            need.add("403");
          }
        }
        if (body != null) {
          need.addAll(json ? List.of("400", "413", "415") : List.of("413", "415"));
        }
        if (path.contains("{")) {
          need.add("404");
        }
        if (method.equals("put") || method.equals("patch")) {
          need.addAll(List.of("412", "428"));
        }
        boolean idempotent = method.equals("post") && secured && !op.getBoolean("x-read-only-post", false);
        if (idempotent) {
          need.add("409");
          boolean keyed = op.getJsonArray("parameters", new JsonArray()).stream()
              .anyMatch(p -> p instanceof JsonObject o && "#/components/parameters/IdempotencyKey".equals(o.getString("$ref")));
          if (!keyed) {
            wrong.add(name + ": no Idempotency-Key parameter");
          }
          for (String status : responses.fieldNames()) {
            JsonObject answer = responses.getJsonObject(status);
            if (status.startsWith("2") && !answer.getJsonObject("headers", new JsonObject()).containsKey("Idempotent-Replayed")) {
              wrong.add(name + " " + status + ": no Idempotent-Replayed header");
            }
          }
        }
        need.stream().distinct().filter(status -> !responses.containsKey(status))
            .forEach(status -> wrong.add(name + ": " + status + " not declared"));
        if (responses.containsKey("500")
            && !"#/components/responses/ServerError".equals(responses.getJsonObject("500").getString("$ref"))) {
          wrong.add(name + ": 500 is not the shared ServerError");
        }
      }
    }
    assertThat(doc.getJsonArray("servers")).as("one top-level server").hasSize(1);
    assertThat(wrong).isEmpty();
  }

  @Test
  void filePartsAndDownloadsAreBinaryStringsTheWayGeneratorsReadThem() {
    List<String> wrong = new ArrayList<>();
    walk(doc, "", (where, node) -> {
      if (node.containsKey("contentMediaType") || node.containsKey("contentEncoding")) {
        wrong.add(where + " uses contentMediaType/contentEncoding; use type: string, format: binary");
      }
    });
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        JsonObject op = paths.getJsonObject(path).getJsonObject(method);
        JsonObject responses = op.getJsonObject("responses");
        for (String status : responses.fieldNames()) {
          JsonObject answers = responses.getJsonObject(status).getJsonObject("content", new JsonObject());
          answers.fieldNames().stream().filter(t -> !t.endsWith("json"))
              .filter(t -> !"binary".equals(answers.getJsonObject(t).getJsonObject("schema", new JsonObject()).getString("format")))
              .forEach(t -> wrong.add(method + " " + path + " " + status + " " + t + ": a download is type: string, format: binary"));
        }
        JsonObject content = op.getJsonObject("requestBody", new JsonObject()).getJsonObject("content", new JsonObject());
        content.getMap().keySet().stream().filter(t -> t.startsWith("multipart/") || t.contains("openxmlformats"))
            .forEach(t -> {
              String encoded = content.getJsonObject(t).encode();
              if (!encoded.contains("\"format\":\"binary\"")) {
                wrong.add(method + " " + path + " " + t + ": no binary part");
              }
            });
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static void walk(Object node, String where, BiConsumer<String, JsonObject> visit) {
    if (node instanceof JsonObject object) {
      visit.accept(where, object);
      for (String key : object.fieldNames()) {
        String name = key;
        if ("schema".equals(key) && object.containsKey("name")) {
          name = object.getString("name");
        } else if ("schema".equals(key)) {
          name = where.substring(where.lastIndexOf('/') + 1);
        }
        walk(object.getValue(key), where + "/" + (("schema".equals(key)) ? name : key), visit);
      }
    } else if (node instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.getValue(i), where + "/" + i, visit);
      }
    }
  }
}
