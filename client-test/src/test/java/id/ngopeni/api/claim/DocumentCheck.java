package id.ngopeni.api.claim;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.impl.Utils;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Holds every answer the generated client receives against openapi.yaml: its status must be one
 * the operation declares, and each of the headers clients act on (ETag, Location, Retry-After,
 * Idempotent-Replayed) must be declared for that status. Bodies are checked by the client itself
 * (strict deserialisation).
 */
final class DocumentCheck {
  private static final List<String> HEADERS = List.of("ETag", "Location", "Retry-After", "Idempotent-Replayed");

  private record Operation(String method, String template, Pattern path, JsonObject spec) {}

  private final JsonObject document;
  private final List<Operation> operations = new ArrayList<>();
  private final List<String> disagreements = new CopyOnWriteArrayList<>();
  private int checked;

  DocumentCheck(Vertx vertx) {
    document = Utils.readYamlOrJson(vertx, "openapi/openapi.yaml").await();
    JsonObject paths = document.getJsonObject("paths");
    for (String template : paths.fieldNames()) {
      Pattern pattern = Pattern.compile("/api/v1" + template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."));
      for (Map.Entry<String, Object> entry : paths.getJsonObject(template)) {
        if (entry.getValue() instanceof JsonObject spec && spec.containsKey("responses")) {
          operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), template, pattern, spec));
        }
      }
    }
  }

  /** For {@code ApiClient.setResponseInterceptor}. */
  void check(HttpResponse<InputStream> response) {
    String method = response.request().method();
    String path = response.request().uri().getPath();
    Operation op = operations.stream().filter(o -> o.method().equals(method) && o.path().matcher(path).matches())
        .findFirst().orElse(null);
    checked++;
    if (op == null) {
      disagreements.add(method + " " + path + ": no such operation in the document");
      return;
    }
    String status = String.valueOf(response.statusCode());
    JsonObject answer = op.spec().getJsonObject("responses").getJsonObject(status);
    String name = method + " " + op.template() + " " + status;
    if (answer == null) {
      disagreements.add(name + ": status not declared");
      return;
    }
    String ref = answer.getString("$ref");
    if (ref != null) {
      answer = document.getJsonObject("components").getJsonObject("responses").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }
    JsonObject declared = answer.getJsonObject("headers", new JsonObject());
    for (String header : HEADERS) {
      if (response.headers().firstValue(header).isPresent() && !declared.containsKey(header)) {
        disagreements.add(name + ": header " + header + " not declared");
      }
    }
  }

  /** What disagreed so far (empty when the server answered only as the document says). */
  List<String> disagreements() {
    return List.copyOf(disagreements);
  }

  int checked() {
    return checked;
  }
}
