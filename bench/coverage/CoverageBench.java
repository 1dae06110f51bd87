import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times GET /coverage for each grouping (sequential requests after a warm-up; p50/p95/max) and
 * one generation of the month's invoices: POST /premium-invoices (202) until its run is DONE. Arguments: base URL, admin password,
 * period (YYYY-MM), requests per grouping. Needs bench/common on the classpath (bench_build_java).
 */
public final class CoverageBench {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    String period = args[2];
    int n = Integer.parseInt(args[3]);
    HttpClient http = HttpClient.newHttpClient();
    String token = BenchApi.login(http, base, "admin", password);
    System.out.printf("%-32s %8s %8s %8s %8s%n", "GET /coverage", "n", "p50 ms", "p95 ms", "max ms");
    // Within a region: kelurahan of the first regency and of its first kecamatan (the registry's first codes).
    String kecamatan = BenchApi.send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/coverage?groupBy=kecamatan"))
        .header("Authorization", "Bearer " + token).GET().build(), 200).replaceAll("(?s).*?\"key\":\"([\\d.]+)\".*", "$1");
    String regency = kecamatan.substring(0, kecamatan.lastIndexOf('.'));
    for (String groupBy : List.of("kecamatan", "kelurahan", "category", "fundingSource",
        "kecamatan&within=" + regency, "kelurahan&within=" + regency, "kelurahan&within=" + kecamatan)) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/coverage?groupBy=" + groupBy))
          .header("Authorization", "Bearer " + token).GET().build();
      double[] ms = BenchApi.sortedMillis(http, request, 10, n);
      System.out.printf("%-32s %8d %8.1f %8.1f %8.1f%n", groupBy, n, ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1]);
    }
    // Generation is a job: POST answers 202 with the run; timed from the POST until the run is DONE.
    long t = System.nanoTime();
    String accepted = BenchApi.send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/premium-invoices"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + period + "\"}")).build(), 202);
    String run = done(http, base, token, field(accepted, "id"));
    double seconds = (System.nanoTime() - t) / 1e9;
    Matcher lines = Pattern.compile("\"lineCount\":(\\d+)").matcher(run);
    long total = 0;
    while (lines.find()) {
      total += Long.parseLong(lines.group(1));
    }
    System.out.printf("POST /premium-invoices %s: %d lines in %.1f s%n", period, total, seconds);
  }

  /** Polls the run every 200 ms until it is DONE (its answer, with the invoices); FAILED or 30 minutes: an error. */
  private static String done(HttpClient http, String base, String token, String id) throws Exception {
    HttpRequest poll = HttpRequest.newBuilder(URI.create(base + "/api/v1/premium-invoice-runs/" + id))
        .header("Authorization", "Bearer " + token).GET().build();
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(30).toNanos();
    while (System.nanoTime() < deadline) {
      String run = BenchApi.send(http, poll, 200);
      switch (field(run, "status")) {
        case "DONE" -> {
          return run;
        }
        case "FAILED" -> throw new IllegalStateException("invoice run " + id + " failed: " + field(run, "error"));
        default -> Thread.sleep(200);
      }
    }
    throw new IllegalStateException("invoice run " + id + " did not finish in 30 minutes");
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }
}
