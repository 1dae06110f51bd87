import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads BPJS's bill (bench/reconcile/reconcile-bench.sh made it) to POST /bpjs/reconciliations,
 * times the request from the first byte sent to the answer (the whole reconciliation is done
 * inside it), prints the figures and, under bench/run.sh, one row of the summary table.
 * Arguments: base URL, admin password, period (yyyy-MM), file, psql \copy ms, rows. Needs
 * bench/common on the classpath (bench_build_java).
 */
public final class ReconcileBench {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path file = Path.of(args[3]);
    double copySeconds = Double.parseDouble(args[4]) / 1000;
    long rows = Long.parseLong(args[5]);
    HttpClient http = HttpClient.newHttpClient();
    String token = BenchApi.login(http, base, "admin", args[1]);
    long t = System.nanoTime();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/bpjs/reconciliations?period="
            + args[2])).header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
        .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
        HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - t) / 1e9;
    if (r.statusCode() != 201) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
    System.out.println(r.body());
    Matcher counted = Pattern.compile("\"rows\":(\\d+)").matcher(r.body());
    if (counted.find()) {
      rows = Long.parseLong(counted.group(1));
    }
    System.out.printf(Locale.ROOT, "reconciliation of %,d rows: %.1f s (%,.0f rows/s); psql \\copy of the file %.1f s%n",
        rows, seconds, rows / seconds, copySeconds);
    Bench.summary(String.format(Locale.ROOT, "| reconcile | %,d-row BPJS bill, upload to "
        + "differences (one transaction, server -Xmx256m) | %.1f s (%,.0f rows/s) | psql \\copy %.1f s | %.1f× the "
        + "time | < 60 s, flat memory |", rows, seconds, rows / seconds, copySeconds, seconds / copySeconds));
  }
}
