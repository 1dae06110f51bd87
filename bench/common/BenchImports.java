import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;

/** Waiting on a running Ngopeni's worker imports. */
public final class BenchImports {
  private BenchImports() {}

  /** What the duplicate checks of some imports took, from the call to the last one's end, and the reviews they opened. */
  public record DuplicateChecks(double seconds, int reviews) {}

  /** Polls each import until its duplicate check is DONE (BenchServer.duplicateCheck() must be on). */
  public static DuplicateChecks awaitDuplicateChecks(HttpClient http, BenchServer server, String password, List<String> imports)
      throws Exception {
    long t0 = System.nanoTime();
    int reviews = 0;
    for (String id : imports) {
      while (true) {
        String token = BenchApi.login(http, server.base(), "admin", password);
        JsonObject job = new JsonObject(BenchApi.send(http, HttpRequest.newBuilder(server.api("/imports/" + id))
            .header("Authorization", "Bearer " + token).build(), 200));
        JsonObject check = job.getJsonObject("duplicateCheck");
        if (check != null && check.getString("status").equals("DONE")) {
          reviews += check.getInteger("reviews");
          break;
        }
        Thread.sleep(1000);
      }
    }
    return new DuplicateChecks(Bench.secondsSince(t0), reviews);
  }
}
