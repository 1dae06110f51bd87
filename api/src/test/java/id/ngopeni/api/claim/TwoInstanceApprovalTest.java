package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two instances on one database: 40 concurrent approvals of one payout, exactly one succeeds. */
class TwoInstanceApprovalTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("two_instance_approval");
  private static TestServer second;
  private static WebClient secondWide;

  @BeforeAll
  static void start() {
    second = new TestServer(api.server.database, api.server.dataDir, List.of());
    secondWide = WebClient.create(second.clientVertx,
        new WebClientOptions().setDefaultHost("localhost").setDefaultPort(second.app.port()), new PoolOptions().setHttp1MaxSize(20));
  }

  @AfterAll
  static void stop() {
    secondWide.close();
    second.close();
  }

  @Test
  void fortyApprovalsSpreadOverBothInstancesApproveExactlyOnce() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    String payoutId = api.pendingPayout(entitlementId, worker.spouse(), 2_000_000L);

    List<Future<HttpResponse<Buffer>>> approvals = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      WebClient client = i % 2 == 0 ? api.wide : secondWide;
      approvals.add(client.post("/api/v1/payouts/" + payoutId + "/approve")
          .putHeader("Authorization", "Bearer " + api.approver).send());
    }
    Future.join(approvals).await();
    List<Integer> statuses = approvals.stream().map(f -> f.result().statusCode()).toList();
    assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
    assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(39);
    assertThat(api.registry.count("SELECT count(*) FROM payout WHERE id = $1 AND status = 'APPROVED'", UUID.fromString(payoutId)))
        .isEqualTo(1);
    assertThat(api.auditActions("payout", payoutId).stream().filter("payout.approved"::equals).count()).isEqualTo(1);
  }
}
