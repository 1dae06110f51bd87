package id.ngopeni.api.claim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ngopeni.client.ApiClient;
import id.ngopeni.client.ApiException;
import id.ngopeni.client.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;

/**
 * The Java client generated from openapi.yaml (target/generated-client), pointed at a running
 * server and signed in with one access token. It reads answers strictly: a field the document
 * does not declare, a value of another type or an enum value it does not list fails the
 * test, so the document and the server cannot drift apart unnoticed.
 */
final class GeneratedClient {
  private GeneratedClient() {}

  static ObjectMapper strictMapper() {
    return ApiClient.createDefaultObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
        .configure(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, true);
  }

  /**
   * A client as the given access token (null: no Authorization header); {@code check} holds every
   * answer against the document.
   */
  static ApiClient as(ClaimsApi server, DocumentCheck check, String accessToken) {
    ApiClient client = new ApiClient(HttpClient.newBuilder(), strictMapper(),
        "http://localhost:" + server.server.app.port() + "/api/v1");
    client.setResponseInterceptor(check::check);
    if (accessToken != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
    }
    return client;
  }

  /** The problem+json of a refused call, read as strictly as any answer. */
  static Problem problem(ApiException refused) {
    try {
      return strictMapper().readValue(refused.getResponseBody(), Problem.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the problem does not match the document's Problem: " + refused.getResponseBody(), e);
    }
  }
}
