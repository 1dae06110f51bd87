package id.ngopeni.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database URLs of the configuration; a replica's may leave its credentials to the primary's. */
class DatabaseTargetTest {
  private static final DatabaseTarget PRIMARY = DatabaseTarget.parse("postgresql://ngopeni_app:s3cret%2F@db1:5432/ngopeni");

  @Test
  void aReplicaUrlWithoutAUserTakesThePrimarysCredentialsAndDatabase() {
    DatabaseTarget replica = DatabaseTarget.parseReplica("postgresql://db2:5433", PRIMARY);
    assertThat(replica).isEqualTo(new DatabaseTarget("db2", 5433, "ngopeni", "ngopeni_app", "s3cret/"));
    assertThat(DatabaseTarget.parseReplica("jdbc:postgresql://db2/reporting", PRIMARY).database()).isEqualTo("reporting");
  }

  @Test
  void aReplicaUrlWithCredentialsIsReadLikeThePrimarys() {
    DatabaseTarget replica = DatabaseTarget.parseReplica("postgresql://reader:other@db2:5433/ngopeni", PRIMARY);
    assertThat(replica).isEqualTo(new DatabaseTarget("db2", 5433, "ngopeni", "reader", "other"));
  }

  @Test
  void noPasswordIsEverShown() {
    assertThat(DatabaseTarget.parseReplica("postgresql://db2:5433", PRIMARY).toString())
        .isEqualTo("postgresql://ngopeni_app@db2:5433/ngopeni").doesNotContain("s3cret");
  }
}
