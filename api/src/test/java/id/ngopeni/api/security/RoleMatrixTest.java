package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.openapi.impl.Utils;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import id.ngopeni.domain.user.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the OpenAPI document, called by every role and by nobody: roles missing
 * from the operation's {@code x-roles} get 403, the listed ones never get 401/403, and without
 * a token every secured operation is 401.
 */
class RoleMatrixTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  @RegisterExtension static final TestServer server = new TestServer("role_matrix");
  private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
  private static JsonObject paths;

  @BeforeAll
  static void start() {
    String admin = server.adminToken();
    TOKENS.put(Role.ADMIN, admin);
    for (Role role : Role.values()) {
      if (role != Role.ADMIN) {
        String name = "matrix." + role.name().toLowerCase(Locale.ROOT).replace('_', '.');
        server.createUser(admin, name, "Matrix-Password-" + role, role.name(),
            role == Role.FIELD_OFFICER ? List.of("35.73.02.1001") : List.of());
        TOKENS.put(role, server.login(name, "Matrix-Password-" + role).getString("accessToken"));
      }
    }
    paths = Utils.readYamlOrJson(server.clientVertx, "openapi/openapi.yaml").await().getJsonObject("paths");
  }

  private record Operation(String method, String path, JsonObject spec) {
    boolean secured() {
      return !(spec.getValue("security") instanceof JsonArray a && a.isEmpty());
    }

    String url() {
      String prefix = path.equals("/openapi.yaml") ? "/api" : "/api/v1";
      // A well-formed id of nothing: the role check must answer before any lookup.
      return prefix + path.replaceAll("\\{[^}]+}", "00000000-0000-7000-8000-000000000000");
    }
  }

  private static List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.fieldNames()) {
        if (METHODS.contains(method)) {
          ops.add(new Operation(method, path, item.getJsonObject(method)));
        }
      }
    }
    return ops;
  }

  private static HttpResponse<Buffer> call(Operation op, String token) {
    var request = server.http.request(HttpMethod.valueOf(op.method().toUpperCase(Locale.ROOT)), op.url());
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    if (op.method().equals("get")) {
      return request.send().await();
    }
    // An empty object: enough to pass the role check and fail validation, never to change anything.
    return request.putHeader("If-Match", "\"999\"").sendJsonObject(new JsonObject()).await();
  }

  @Test
  void everySecuredOperationDeclaresItsRoles() {
    List<String> undeclared = operations().stream().filter(Operation::secured)
        .filter(op -> !(op.spec().getValue("x-roles") instanceof JsonArray))
        .map(op -> op.method() + " " + op.path()).toList();
    assertThat(undeclared).as("operations without x-roles").isEmpty();
  }

  @Test
  void eachRoleGetsExactlyTheAccessItsOperationDeclares() {
    List<String> wrong = new ArrayList<>();
    for (Operation op : operations()) {
      if (!op.secured()) {
        HttpResponse<Buffer> open = call(op, null);
        String code = open.statusCode() == 401 ? codeOf(open) : null;
        if ("token_missing".equals(code) || "token_invalid".equals(code) || open.statusCode() == 403) {
          wrong.add(op.method() + " " + op.path() + " without token -> " + open.statusCode() + " " + code);
        }
        continue;
      }
      int anonymous = call(op, null).statusCode();
      if (!op.spec().getJsonObject("responses").containsKey(String.valueOf(anonymous))) {
        wrong.add(op.method() + " " + op.path() + " without token -> " + anonymous + " (not declared in the document)");
      }
      if (anonymous != 401) {
        wrong.add(op.method() + " " + op.path() + " without token -> " + anonymous);
      }
      JsonArray allowed = op.spec().getJsonArray("x-roles", new JsonArray());
      for (Role role : Role.values()) {
        HttpResponse<Buffer> response = call(op, TOKENS.get(role));
        int status = response.statusCode();
        boolean permitted = allowed.contains(role.name());
        boolean refusedForRole = status == 403 && "role_forbidden".equals(codeOf(response));
        // Approving looks the payout up first (its creator is refused whatever their role), so
        // for an id of nothing every role sees 404; MakerCheckerTest covers the real objects.
        boolean lookupFirst = "after-lookup".equals(op.spec().getString("x-role-check"));
        if (permitted && (status == 401 || refusedForRole)) {
          wrong.add(op.method() + " " + op.path() + " as " + role + " -> " + status + " (should be allowed)");
        } else if (!permitted && !refusedForRole && !(lookupFirst && status == 404)) {
          wrong.add(op.method() + " " + op.path() + " as " + role + " -> " + status + " (should be 403 role_forbidden)");
        }
        if (status >= 500) {
          wrong.add(op.method() + " " + op.path() + " as " + role + " -> " + status);
        }
        // The document declares every status a client can meet (issue 18: a generated client must know them).
        if (!op.spec().getJsonObject("responses").containsKey(String.valueOf(status))) {
          wrong.add(op.method() + " " + op.path() + " as " + role + " -> " + status + " (not declared in the document)");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String codeOf(HttpResponse<Buffer> response) {
    try {
      return response.bodyAsJsonObject().getString("code");
    } catch (RuntimeException e) {
      return null;
    }
  }
}
