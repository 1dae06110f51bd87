package id.ngopeni.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.crypto.DataKeys;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 1: the data keys are checked against the database at start. An instance given
 * other keys than the ones the database's values are sealed with (another data directory's, a key
 * edited by hand) does not start, and says which key does not fit; it never seals under a second
 * key nor reads garbage. The key file is generated once, owner-only, and never printed.
 */
class DataKeysStartupTest {
  @Test
  void anInstanceWithKeysThatDoNotFitTheDatabaseDoesNotStart() throws Exception {
    DatabaseTarget db = TestDatabases.fresh("data_keys_startup");
    Path first = TestServer.newDataDir();
    try (TestServer server = new TestServer(db, first, List.of())) {
      assertThat(Files.getPosixFilePermissions(first.resolve(DataKeys.FILE_NAME)))
          .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
              java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      String keys = Files.readString(first.resolve(DataKeys.FILE_NAME));
      String encryptionKey = keys.lines().filter(l -> l.startsWith("enc.1=")).findFirst().orElseThrow().substring(6);
      assertThat(server.console).doesNotContain(encryptionKey);
    }

    // Another data directory: keys of its own.
    Path other = TestServer.newDataDir();
    assertThatThrownBy(() -> start(db, other)).hasMessageContaining("data keys do not fit this database")
        .hasMessageContaining("index key");

    // The right index key but encryption key 1 changed.
    Path edited = TestServer.newDataDir();
    String text = Files.readString(first.resolve(DataKeys.FILE_NAME));
    String otherKey = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    Files.writeString(edited.resolve(DataKeys.FILE_NAME), text.replaceAll("(?m)^enc\\.1=.*$", "enc.1=" + otherKey));
    assertThatThrownBy(() -> start(db, edited)).hasMessageContaining("data key 1 in the key file is not the key");

    // Key 1 missing while the database still lists it.
    Path missing = TestServer.newDataDir();
    String withoutOne = text.replaceAll("(?m)^enc\\.1=.*$", "enc.2=" + otherKey).replace("current=1", "current=2");
    Files.writeString(missing.resolve(DataKeys.FILE_NAME), withoutOne);
    assertThatThrownBy(() -> start(db, missing)).hasMessageContaining("lists data key 1, which the key file lacks");

    // The right keys start again.
    try (TestServer again = new TestServer(db, first, List.of())) {
      assertThat(again.get("/api/v1/health/ready", null).statusCode()).isEqualTo(200);
    }
  }

  private static void start(DatabaseTarget db, Path dataDir) {
    try (Application app = Application.start(TestServer.config(db, dataDir, List.of()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      assertThat(app).as("started with keys that do not fit").isNull();
    }
  }
}
