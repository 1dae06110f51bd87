import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** HTTP calls the bench programs share against a running Ngopeni: log in, send, time a GET. */
public final class BenchApi {
  private BenchApi() {}

  /** Logs in at {@code base} (e.g. {@code http://127.0.0.1:18474}); the access token. */
  public static String login(HttpClient http, String base, String username, String password) throws Exception {
    String body = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            new JsonObject().put("username", username).put("password", password).encode()))
        .build(), 200);
    return new JsonObject(body).getString("accessToken");
  }

  /** The answer's body; {@link IllegalStateException} naming the status and body when it is not {@code expected}. */
  public static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /**
   * Sends {@code request} {@code warmUps} times untimed, then {@code n} times one after another, each
   * expecting 200; the {@code n} latencies in ms, sorted.
   */
  public static double[] sortedMillis(HttpClient http, HttpRequest request, int warmUps, int n) throws Exception {
    for (int i = 0; i < warmUps; i++) {
      send(http, request, 200);
    }
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      send(http, request, 200);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }
}
