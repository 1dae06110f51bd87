import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times one DTSEN import (POST /dtsen/imports, multipart, the CSV streamed from disk) and then
 * GET /dtsen/not-covered and GET /dtsen/coverage (sequential requests after a warm-up;
 * p50/p95/max). Arguments: base URL, admin password, CSV path, extract date, requests per report.
 */
public final class DtsenBench {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    Path csv = Path.of(args[2]);
    String extractDate = args[3];
    int n = Integer.parseInt(args[4]);
    double copySeconds = Double.parseDouble(args[5]);
    String rows = String.format("%,d", Long.parseLong(args[6]));
    HttpClient http = HttpClient.newHttpClient();
    String login = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(), 200);
    Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(login);
    if (!m.find()) {
      throw new IllegalStateException("no token");
    }
    String token = m.group(1);

    String boundary = "dtsen-bench-boundary";
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"extractDate\"\r\n\r\n" + extractDate + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dtsen.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest upload = HttpRequest.newBuilder(URI.create(base + "/api/v1/dtsen/imports"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(java.time.Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
            HttpRequest.BodyPublishers.ofFile(csv), HttpRequest.BodyPublishers.ofString(tail))).build();
    long t = System.nanoTime();
    String imported = send(http, upload, 201);
    double importSeconds = (System.nanoTime() - t) / 1e9;
    System.out.printf("POST /dtsen/imports: %.1f s  %s%n", importSeconds, imported);
    summary(String.format("| dtsen | import of %s deciles, CSV upload to 201 | %.1f s | psql \\copy %.1f s | %.2f× the time | < 60 s |",
        rows, importSeconds, copySeconds, importSeconds / copySeconds));
    t = System.nanoTime();
    send(http, upload, 200);
    System.out.printf("the same file again (no-op): %.1f s%n", (System.nanoTime() - t) / 1e9);

    System.out.printf("%-40s %6s %8s %8s %8s%n", "GET", "n", "p50 ms", "p95 ms", "max ms");
    for (String path : new String[] {"/api/v1/dtsen/not-covered?maxDecile=5", "/api/v1/dtsen/not-covered?maxDecile=10",
        "/api/v1/dtsen/not-covered/35.73.02.1001/workers?maxDecile=5", "/api/v1/dtsen/coverage"}) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build();
      for (int i = 0; i < 5; i++) {
        send(http, request, 200);
      }
      double[] ms = new double[n];
      for (int i = 0; i < n; i++) {
        long s = System.nanoTime();
        send(http, request, 200);
        ms[i] = (System.nanoTime() - s) / 1e6;
      }
      Arrays.sort(ms);
      System.out.printf("%-40s %6d %8.1f %8.1f %8.1f%n", path.replace("/api/v1", ""), n, ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1]);
      if (path.contains("not-covered?maxDecile=5")) {
        summary(String.format("| dtsen | `GET /dtsen/not-covered?maxDecile=5` (per kelurahan) over %s workers, 1 client | p50 %.1f · p95 %.1f | – | – | < 200 ms |",
            rows, ms[n / 2], ms[(int) (n * 0.95)]));
      }
    }
  }

  /** A row of bench/run.sh's summary table, when run from it. */
  private static void summary(String row) throws java.io.IOException {
    String file = System.getenv("BENCH_SUMMARY");
    if (file != null && !file.isEmpty()) {
      java.nio.file.Files.writeString(java.nio.file.Path.of(file), row + "\n", java.nio.file.StandardOpenOption.APPEND);
    }
  }

  private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }
}
