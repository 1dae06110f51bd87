package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.DocumentedAnswers;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import id.ngopeni.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called by every role and by nobody: roles missing
 * from the operation's {@code x-roles} get 403, the listed ones never get 401/403, and without
 * a token every secured operation is 401. Every answer is held against the document
 * ({@link DocumentedAnswers}: status and headers declared).
 */
class RoleMatrixTest {
  private static TestServer server;
  private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
  private static DocumentedAnswers document;

  @BeforeAll
  static void start() {
    server = new TestServer("role_matrix");
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
    document = new DocumentedAnswers(server.clientVertx);
  }

  @AfterAll
  static void stop() {
    server.close();
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
    return document.operations().stream()
        .map(o -> new Operation(o.method().toLowerCase(Locale.ROOT), o.template(), o.spec())).toList();
  }

  /** The document's verdict on an answer to {@code who}: null when it declares the answer. */
  private static String undeclared(Operation op, String who, HttpResponse<Buffer> response) {
    String wrong = document.check(op.method(), op.url(), response.statusCode(), response.headers()::contains);
    return wrong == null ? null : who + ": " + wrong;
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
        wrong.add(undeclared(op, "without token", open));
        String code = open.statusCode() == 401 ? codeOf(open) : null;
        if ("token_missing".equals(code) || "token_invalid".equals(code) || open.statusCode() == 403) {
          wrong.add(op.method() + " " + op.path() + " without token -> " + open.statusCode() + " " + code);
        }
        continue;
      }
      HttpResponse<Buffer> refused = call(op, null);
      int anonymous = refused.statusCode();
      wrong.add(undeclared(op, "without token", refused));
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
        wrong.add(undeclared(op, "as " + role, response));
      }
    }
    wrong.removeIf(java.util.Objects::isNull);
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
