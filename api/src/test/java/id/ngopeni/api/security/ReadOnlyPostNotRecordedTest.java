package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.worker.WorkerFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.14: {@code POST /workers/lookup} reads a worker by NIK (the NIK travels in the body, not
 * the URL). Its response carries the NIK and the worker's data; with an Idempotency-Key it used to
 * be kept, in clear, in the idempotency table for 24 hours. A read-only POST is not recorded at
 * all: a retry simply runs it again.
 */
class ReadOnlyPostNotRecordedTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("readonly_post");

  private static HttpResponse<Buffer> lookup(String key, String nik) {
    return r.server.postWithKey("/api/v1/workers/lookup", r.admin, key, new JsonObject().put("nik", nik)).await();
  }

  @Test
  void aLookupWithAKeyLeavesNoRowAndNoNikInTheIdempotencyTable() {
    JsonObject worker = WorkerFixture.worker("Siti Aminah", LocalDate.of(1982, 3, 14), "F", WorkerFixture.KLOJEN);
    String nik = worker.getString("nik");
    r.createdId(worker);
    String key = "lookup-" + UUID.randomUUID();

    var first = lookup(key, nik);
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(200);
    assertThat(first.bodyAsJsonObject().getString("nik")).isEqualTo(id.ngopeni.domain.privacy.Masks.nik(nik));
    var again = lookup(key, nik);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.getHeader("Idempotent-Replayed")).as("a read is run again, not replayed").isNull();

    long rows = r.db.preparedQuery("SELECT count(*) FROM idempotency_key WHERE key = $1").execute(Tuple.of(key))
        .await().iterator().next().getLong(0);
    assertThat(rows).isZero();
    // Whatever else the table holds (the worker's creation had no key), no byte of it is the NIK.
    long holdingNik = r.db.preparedQuery("""
            SELECT count(*) FROM idempotency_key
            WHERE position(convert_to($1, 'UTF8') IN response_body) > 0
               OR position($1 IN coalesce(response_headers::text, '')) > 0""")
        .execute(Tuple.of(nik)).await().iterator().next().getLong(0);
    assertThat(holdingNik).isZero();
  }

  @Test
  void aWriteWithAKeyIsStillRecordedAndReplayed() {
    String key = "create-" + UUID.randomUUID();
    JsonObject worker = WorkerFixture.worker("Budi Santoso", LocalDate.of(1975, 8, 2), "M", WorkerFixture.KLOJEN);
    var first = r.server.postWithKey("/api/v1/workers", r.admin, key, worker).await();
    var second = r.server.postWithKey("/api/v1/workers", r.admin, key, worker).await();
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
  }
}
