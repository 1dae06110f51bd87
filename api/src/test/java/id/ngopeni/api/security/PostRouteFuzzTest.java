package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.impl.Utils;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random JSON, built from the field names the API knows plus noise, sent to every POST route
 * the OpenAPI document lists: never a 5xx, never a stack trace, every error problem+json.
 */
class PostRouteFuzzTest {
  private static TestServer server;
  private static String admin;
  private static List<String> postPaths;
  private static List<String> fieldNames;

  @BeforeContainer
  static void start() {
    server = new TestServer("fuzz");
    admin = server.adminToken();
    JsonObject doc = Utils.readYamlOrJson(server.clientVertx, "openapi/openapi.yaml").await();
    postPaths = new ArrayList<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      if (paths.getJsonObject(path).containsKey("post") && !path.startsWith("/auth/")) {
        postPaths.add("/api/v1" + path);
      }
    }
    Set<String> names = new TreeSet<>();
    collectPropertyNames(doc.getJsonObject("components").getJsonObject("schemas"), names);
    fieldNames = new ArrayList<>(names);
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  private static void collectPropertyNames(Object node, Set<String> out) {
    if (node instanceof JsonObject o) {
      if (o.getValue("properties") instanceof JsonObject props) {
        out.addAll(props.fieldNames());
      }
      o.forEach(e -> collectPropertyNames(e.getValue(), out));
    } else if (node instanceof JsonArray a) {
      a.forEach(v -> collectPropertyNames(v, out));
    }
  }

  @Property(tries = 400)
  void randomJsonNeverBreaksAnyPostRoute(@ForAll("paths") String path, @ForAll("bodies") Object body) {
    String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    var response = server.http.post(concrete).putHeader("Authorization", "Bearer " + admin)
        .putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(String.valueOf(encode(body)))).await();
    assertThat(response.statusCode()).as("%s %s -> %s", concrete, encode(body), response.bodyAsString()).isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
      assertThat(response.bodyAsJsonObject().getString("code")).isNotBlank();
    }
    assertThat(String.valueOf(response.bodyAsString())).doesNotContain("Exception").doesNotContain("at id.ngopeni");
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(postPaths);
  }

  @Provide
  Arbitrary<Object> bodies() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, objects(3)),
        net.jqwik.api.Tuple.of(1, scalars()),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("not json {")));
  }

  private Arbitrary<Object> objects(int depth) {
    Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(fieldNames), Arbitraries.strings().ofMaxLength(12));
    Arbitrary<Object> values = depth <= 0 ? scalars() : Arbitraries.oneOf(scalars(), scalars(), objects(depth - 1), arrays(depth - 1));
    return Arbitraries.maps(keys, values).ofMaxSize(8).map(m -> (Object) new JsonObject(new java.util.LinkedHashMap<>(m)));
  }

  private Arbitrary<Object> arrays(int depth) {
    return Arbitraries.oneOf(scalars(), objects(depth)).list().ofMaxSize(5).map(l -> (Object) new JsonArray(l));
  }

  private Arbitrary<Object> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
        Arbitraries.of("", "35.73.02.1001", "3573024506900002", "2025-02-30", "2025-01-01", "ADMIN", "JKK", "APBD",
            "-1", "1e309", "\u0000", "<script>", "' OR 1=1 --").map(s -> (Object) s),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(null));
  }

  private static Object encode(Object body) {
    if (body instanceof JsonObject o) {
      return o.encode();
    }
    if (body instanceof JsonArray a) {
      return a.encode();
    }
    if (body instanceof String s && s.equals("not json {")) {
      return s;
    }
    return body == null ? "null" : io.vertx.core.json.Json.encode(body);
  }
}
