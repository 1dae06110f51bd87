package id.ngopeni.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.testing.TestDatabases;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** NGOPENI_CORS_ORIGINS opens the API to exactly the listed origins. */
class CorsTest {
  @RegisterExtension static final TestServer server =
      new TestServer(TestDatabases.fresh("cors"), TestServer.newDataDir(), List.of("https://console.malangkota.example"));

  @Test
  void listedOriginIsAllowedOthersAreNot() {
    var allowed = server.http.request(HttpMethod.OPTIONS, "/api/v1/users")
        .putHeader("Origin", "https://console.malangkota.example")
        .putHeader("Access-Control-Request-Method", "GET")
        .putHeader("Access-Control-Request-Headers", "Authorization").send().await();
    assertThat(allowed.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://console.malangkota.example");
    assertThat(allowed.getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("Authorization");

    var other = server.http.request(HttpMethod.OPTIONS, "/api/v1/users")
        .putHeader("Origin", "https://evil.example").putHeader("Access-Control-Request-Method", "GET").send().await();
    assertThat(other.getHeader("Access-Control-Allow-Origin")).isNull();
  }
}
