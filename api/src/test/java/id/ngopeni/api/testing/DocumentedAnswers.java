package id.ngopeni.api.testing;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.impl.ClientPhase;
import io.vertx.ext.web.client.impl.WebClientInternal;
import io.vertx.openapi.impl.Utils;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * openapi.yaml as the judge of what the server really answered (issue 18: "the document declares
 * every status the role matrix and the fault tests observe"): an answer's status must be one its
 * operation declares, and each header clients act on ({@link #HEADERS}) must be declared for that
 * status. One judge for every test that holds answers against the document: RoleMatrixTest, the
 * fault tests ({@link #watch} on their WebClient) and the generated-client tests of client-test.
 */
public final class DocumentedAnswers {
  /** The response headers a client acts on; each one sent must be declared for its status. */
  public static final List<String> HEADERS =
      List.of("ETag", "Location", "Retry-After", "Idempotent-Replayed", "Deprecation", "Link");

  /** One operation of the document; {@code method} in upper case, {@code template} as in {@code paths}. */
  public record Operation(String method, String template, Pattern path, JsonObject spec) {}

  private final JsonObject document;
  private final List<Operation> operations = new ArrayList<>();
  private final List<String> disagreements = new CopyOnWriteArrayList<>();
  private final AtomicInteger checked = new AtomicInteger();

  public DocumentedAnswers(Vertx vertx) {
    document = Utils.readYamlOrJson(vertx, "openapi/openapi.yaml").await();
    JsonObject paths = document.getJsonObject("paths");
    for (String template : paths.fieldNames()) {
      String prefix = template.equals("/openapi.yaml") ? "/api(/v1)?" : "/api/v1";
      Pattern pattern = Pattern.compile(prefix + template.replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+"));
      for (Map.Entry<String, Object> entry : paths.getJsonObject(template)) {
        if (entry.getValue() instanceof JsonObject spec && spec.containsKey("responses")) {
          operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), template, pattern, spec));
        }
      }
    }
    // A literal segment wins over a parameter: /workers/export.csv is not /workers/{id}.
    operations.sort(Comparator.comparingLong(o -> o.template().chars().filter(c -> c == '{').count()));
  }

  /** Every operation of the document, literal paths first. */
  public List<Operation> operations() {
    return List.copyOf(operations);
  }

  /**
   * Holds one answer against the document and keeps what disagrees. {@code path} is the request's
   * path (a query is ignored); {@code sent} tells whether the answer carries a header.
   *
   * @return the disagreement, or null when the document declares the answer
   */
  public String check(String method, String path, int status, Predicate<String> sent) {
    checked.incrementAndGet();
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    String verb = method.toUpperCase(Locale.ROOT);
    Operation op = operations.stream().filter(o -> o.method().equals(verb) && o.path().matcher(bare).matches())
        .findFirst().orElse(null);
    String wrong = null;
    if (op == null) {
      wrong = verb + " " + bare + ": no such operation in the document";
    } else {
      String name = verb + " " + op.template() + " " + status;
      JsonObject answer = op.spec().getJsonObject("responses").getJsonObject(String.valueOf(status));
      if (answer == null) {
        wrong = name + ": status not declared";
      } else {
        JsonObject declared = resolve(answer).getJsonObject("headers", new JsonObject());
        List<String> undeclared = HEADERS.stream().filter(sent).filter(h -> !declared.containsKey(h)).toList();
        if (!undeclared.isEmpty()) {
          wrong = name + ": header(s) " + undeclared + " not declared";
        }
      }
    }
    if (wrong != null) {
      disagreements.add(wrong);
    }
    return wrong;
  }

  /**
   * Holds every answer {@code client} receives from the API ({@code /api/…}) against the document,
   * whoever sends the request.
   */
  public void watch(WebClient client) {
    ((WebClientInternal) client).addInterceptor(ctx -> {
      if (ctx.phase() == ClientPhase.DISPATCH_RESPONSE && ctx.response() != null
          && ctx.request().uri().startsWith("/api/")) {
        check(ctx.request().method().name(), ctx.request().uri(), ctx.response().statusCode(),
            h -> ctx.response().headers().contains(h));
      }
      ctx.next();
    });
  }

  /** What disagreed so far (empty when the server answered only as the document says). */
  public List<String> disagreements() {
    return List.copyOf(disagreements);
  }

  /** How many answers were held against the document. */
  public int checked() {
    return checked.get();
  }

  private JsonObject resolve(JsonObject answer) {
    String ref = answer.getString("$ref");
    return ref == null ? answer
        : document.getJsonObject("components").getJsonObject("responses").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
