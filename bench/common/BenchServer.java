import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Ngopeni server a bench program runs from api/target/ngopeni.jar on its scratch database.
 *
 * @param port its HTTP port
 * @param log the file its output goes to
 */
public record BenchServer(Process process, int port, Path log) {

  /**
   * Starts the server with heap {@code xmx} on database {@code db} and HTTP port {@code port},
   * {@code adminPassword} for the first admin, its data in {@code work}/data and its log in
   * {@code work}/server.log.
   */
  public static BenchServer start(String xmx, String db, int port, String adminPassword, Path work) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + xmx, "-jar", "api/target/ngopeni.jar");
    pb.environment().put("NGOPENI_DATABASE_URL", BenchDatabase.url(db));
    pb.environment().put("NGOPENI_HTTP_PORT", Integer.toString(port));
    pb.environment().put("NGOPENI_ADMIN_PASSWORD", adminPassword);
    pb.environment().put("NGOPENI_DATA_DIR", work.resolve("data").toString());
    // The duplicate check of imported rows runs after each import, between the files and under the
    // benches that follow: off unless BENCH_DUPLICATE_CHECK=1 (ImportBench then times it).
    pb.environment().put("NGOPENI_IMPORT_DUPLICATE_CHECK", Boolean.toString(duplicateCheck()));
    Path log = work.resolve("server.log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return new BenchServer(pb.start(), port, log);
  }

  /** BENCH_DUPLICATE_CHECK=1: the server checks imported rows for possible duplicates. */
  public static boolean duplicateCheck() {
    return "1".equals(System.getenv("BENCH_DUPLICATE_CHECK"));
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String base() {
    return "http://127.0.0.1:" + port;
  }

  /** The API's {@code path}, e.g. {@code /imports/workers}. */
  public URI api(String path) {
    return URI.create(base() + "/api/v1" + path);
  }

  /** Waits up to two minutes for /health/ready to answer 200. */
  public void awaitReady(HttpClient http) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(HttpRequest.newBuilder(api("/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Ngopeni did not become ready; see " + log);
  }

  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
