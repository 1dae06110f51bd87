import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times GET /coverage for each grouping (sequential requests after a warm-up; p50/p95/max) and
 * one POST /premium-invoices for the current month. Arguments: base URL, admin password,
 * period (YYYY-MM), requests per grouping.
 */
public final class CoverageBench {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    String period = args[2];
    int n = Integer.parseInt(args[3]);
    HttpClient http = HttpClient.newHttpClient();
    String login = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(), 200);
    Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(login);
    if (!m.find()) {
      throw new IllegalStateException("no token");
    }
    String token = m.group(1);
    System.out.printf("%-16s %8s %8s %8s %8s%n", "GET /coverage", "n", "p50 ms", "p95 ms", "max ms");
    for (String groupBy : List.of("kecamatan", "kelurahan", "category", "fundingSource")) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/coverage?groupBy=" + groupBy))
          .header("Authorization", "Bearer " + token).GET().build();
      for (int i = 0; i < 10; i++) {
        send(http, request, 200);
      }
      double[] ms = new double[n];
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        send(http, request, 200);
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      System.out.printf("%-16s %8d %8.1f %8.1f %8.1f%n", groupBy, n, ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1]);
    }
    long t = System.nanoTime();
    String run = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/premium-invoices"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .timeout(java.time.Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + period + "\"}")).build(), 201);
    double seconds = (System.nanoTime() - t) / 1e9;
    Matcher lines = Pattern.compile("\"lineCount\":(\\d+)").matcher(run);
    long total = 0;
    while (lines.find()) {
      total += Long.parseLong(lines.group(1));
    }
    System.out.printf("POST /premium-invoices %s: %d lines in %.1f s%n", period, total, seconds);
  }

  private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(request.uri() + " → " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }
}
