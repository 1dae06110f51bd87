import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;

/**
 * Times one DTSEN import (POST /dtsen/imports, multipart, the CSV streamed from disk) and then
 * GET /dtsen/not-covered and GET /dtsen/coverage (sequential requests after a warm-up;
 * p50/p95/max). Arguments: base URL, admin password, CSV path, extract date, requests per report,
 * psql \copy seconds, rows. Needs bench/common on the classpath (bench_build_java).
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
    String token = BenchApi.login(http, base, "admin", password);

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
    String imported = BenchApi.send(http, upload, 201);
    double importSeconds = (System.nanoTime() - t) / 1e9;
    System.out.printf("POST /dtsen/imports: %.1f s  %s%n", importSeconds, imported);
    Bench.summary(String.format("| dtsen | import of %s deciles, CSV upload to 201 | %.1f s | psql \\copy %.1f s | %.2f× the time | < 60 s |",
        rows, importSeconds, copySeconds, importSeconds / copySeconds));
    t = System.nanoTime();
    BenchApi.send(http, upload, 200);
    System.out.printf("the same file again (no-op): %.1f s%n", (System.nanoTime() - t) / 1e9);

    System.out.printf("%-40s %6s %8s %8s %8s%n", "GET", "n", "p50 ms", "p95 ms", "max ms");
    for (String path : new String[] {"/api/v1/dtsen/not-covered?maxDecile=5", "/api/v1/dtsen/not-covered?maxDecile=10",
        "/api/v1/dtsen/not-covered/35.73.02.1001/workers?maxDecile=5", "/api/v1/dtsen/coverage"}) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build();
      double[] ms = BenchApi.sortedMillis(http, request, 5, n);
      System.out.printf("%-40s %6d %8.1f %8.1f %8.1f%n", path.replace("/api/v1", ""), n, ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1]);
      if (path.contains("not-covered?maxDecile=5")) {
        Bench.summary(String.format("| dtsen | `GET /dtsen/not-covered?maxDecile=5` (per kelurahan) over %s workers, 1 client | p50 %.1f · p95 %.1f | – | – | < 200 ms |",
            rows, ms[n / 2], ms[(int) (n * 0.95)]));
      }
    }
  }
}
