package id.ngopeni.api.membership;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.monthsLeft;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A budget for exactly N minimum-package workers and 3N enrolments at once: exactly N get in. */
class ConcurrentEnrolmentTest {
  private static final int N = 6;
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("concurrent-enrolment");

  @Test
  void concurrentEnrolmentsCannotOverspendTheBudget() {
    int year = today().getYear();
    var workers = f.workers(3 * N);
    // A city source without a budget for the year carries nobody.
    var none = f.enrol(f.admin, workers.get(0).id(), enrolment("APBD", 1_000_000, today(), "JKK", "JKM"));
    assertThat(none.statusCode()).isEqualTo(422);
    assertThat(none.bodyAsJsonObject().getString("code")).isEqualTo("budget_exceeded");

    long perWorker = 16_800L * monthsLeft();
    f.budget(year, "APBD", N * perWorker);
    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (var w : workers) {
      calls.add(f.server.http.post("/api/v1/workers/" + w.id() + "/memberships")
          .putHeader("Authorization", "Bearer " + f.admin)
          .sendJsonObject(enrolment("APBD", 1_000_000, today(), "JKK", "JKM")));
    }
    Future.join(calls).await();
    long created = calls.stream().filter(c -> c.result().statusCode() == 201).count();
    long refused = calls.stream().filter(c -> c.result().statusCode() == 422
        && c.result().bodyAsJsonObject().getString("code").equals("budget_exceeded")).count();
    assertThat(created).isEqualTo(N);
    assertThat(refused).isEqualTo(2L * N);

    var position = f.budgetOf(year, "APBD");
    assertThat(position.getLong("committed")).isEqualTo(N * perWorker);
    assertThat(position.getLong("remaining")).isZero();
    assertThat(position.getLong("workersAffordable")).isZero();
    long rows = f.db.query("SELECT count(*) FROM membership").execute().await().iterator().next().getLong(0);
    assertThat(rows).isEqualTo(N);
  }
}
