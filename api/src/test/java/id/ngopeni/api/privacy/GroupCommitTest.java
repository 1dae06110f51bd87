package id.ngopeni.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.worker.WorkerFixture;
import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hot reads' access records are committed in groups ({@link GroupCommit}): however many detail
 * views arrive at once, each is answered after its own record is stored, and each is stored
 * exactly once, with its reader.
 */
class GroupCommitTest {
  static final int READS = 64;

  @RegisterExtension static final WorkerFixture r = new WorkerFixture("group-commit");

  @Test
  void concurrentReadsAreEachRecordedOnceBeforeTheyAreAnswered() {
    String id = r.createdId(WorkerFixture.worker("Grup Komit", LocalDate.of(1980, 1, 2), "F", WorkerFixture.KLOJEN));
    String operator = r.token("operator.group", "OPERATOR");
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < READS; i++) {
      answers.add(r.server.http.get("/api/v1/workers/" + id).bearerTokenAuthentication(operator).send()
          .map(response -> response.statusCode()));
    }
    List<Integer> statuses = Future.all(answers).await().list();
    assertThat(statuses).hasSize(READS).containsOnly(200);

    var recorded = r.db.preparedQuery("""
        SELECT count(*), count(DISTINCT a.id), min(u.username), max(u.username)
        FROM personal_data_access a JOIN app_user u ON u.id = a.user_id
        WHERE a.kind = 'DETAIL' AND a.person_ids = ARRAY[$1]::uuid[]
        """).execute(Tuple.of(UUID.fromString(id))).await().iterator().next();
    assertThat(List.of(recorded.getLong(0), recorded.getLong(1))).containsExactly((long) READS, (long) READS);
    assertThat(List.of(recorded.getString(2), recorded.getString(3))).containsOnly("operator.group");
  }
}
