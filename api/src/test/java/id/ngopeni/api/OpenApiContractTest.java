package id.ngopeni.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.OpenAPIVersion;
import io.vertx.openapi.impl.Utils;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI document and the router describe exactly the same set of operations. */
class OpenApiContractTest {
  @RegisterExtension static final TestServer server = new TestServer("openapi");

  @Test
  void documentIsAValidOpenApi31ContractListingExactlyTheRoutesThatExist() {
    JsonObject raw = Utils.readYamlOrJson(server.clientVertx, "openapi/openapi.yaml").await();
    OpenAPIVersion version = OpenAPIVersion.fromContract(raw);
    assertThat(version).isEqualTo(OpenAPIVersion.V3_1);
    // Validate against the OpenAPI 3.1 meta-schema and resolve every $ref. (OpenAPIContract.from
    // would also refuse features its runtime validator lacks, such as problem+json responses.)
    SchemaRepository repository = version.getRepository(server.clientVertx, "https://ngopeni.invalid/").await();
    OutputUnit validation = version.validateContract(server.clientVertx, repository, raw.copy()).await();
    assertThat(validation.getValid()).as("%s", validation.getErrors()).isTrue();
    JsonObject resolved = version.resolve(server.clientVertx, repository, raw.copy()).await();

    Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    Set<String> documented = new TreeSet<>();
    assertThat(resolved.getJsonObject("paths").fieldNames()).containsAll(raw.getJsonObject("paths").fieldNames());
    JsonObject paths = raw.getJsonObject("paths");
    for (String name : paths.fieldNames()) {
      String prefix = "/api/v1";
      JsonObject item = paths.getJsonObject(name);
      for (String key : item.fieldNames()) {
        if (methods.contains(key)) {
          documented.add(key.toUpperCase(java.util.Locale.ROOT) + " " + prefix + name);
          assertThat(item.getJsonObject(key).getString("operationId")).as("operationId of %s %s", key, name).isNotBlank();
        }
      }
    }

    Set<String> routed = new TreeSet<>();
    collect(ApiRouter.create(server.app.vertx(), server.app.services(), TestServer.config(server.database, server.dataDir, java.util.List.of())), "", routed);
    collect(ApiRouter.createApi(server.app.vertx(), server.app.services()), "/api/v1", routed);

    // The unversioned alias of GET /api/v1/openapi.yaml (the document's one server is /api/v1).
    assertThat(routed.remove("GET /api/openapi.yaml")).isTrue();
    assertThat(routed).isNotEmpty();
    assertThat(documented).isEqualTo(routed);
  }

  @Test
  void theServedDocumentIsTheSameFile() {
    var served = server.get("/api/openapi.yaml", null);
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.getHeader("Content-Type")).startsWith("application/yaml");
    assertThat(served.bodyAsString()).startsWith("openapi: 3.1.0");
    var versioned = server.get("/api/v1/openapi.yaml", null);
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(versioned.bodyAsString()).isEqualTo(served.bodyAsString());
  }

  private static void collect(Router router, String prefix, Set<String> out) {
    for (Route route : router.getRoutes()) {
      if (route.getPath() == null || route.methods() == null || route.methods().isEmpty()) {
        continue;
      }
      String path = route.getPath().replaceAll(":([A-Za-z]+)", "{$1}");
      if (!(prefix + path).startsWith("/api")) {
        continue;
      }
      route.methods().forEach(m -> out.add(m.name() + " " + prefix + path));
    }
  }
}
