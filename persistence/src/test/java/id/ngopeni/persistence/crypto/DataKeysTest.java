package id.ngopeni.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeysTest {
  @TempDir Path dir;

  @Test
  void generatedOnceIntoTheDataDirectoryOwnerOnly() throws Exception {
    DataKeys first = DataKeys.load(null, null, dir);
    Path file = dir.resolve(DataKeys.FILE_NAME);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    DataKeys again = DataKeys.load(null, null, dir);
    UUID owner = UUID.randomUUID();
    byte[] sealed = new FieldCipher(first).seal(SealedField.WORKER_NIK, owner, "3573054101800001");
    assertThat(new FieldCipher(again).open(SealedField.WORKER_NIK, owner, sealed)).isEqualTo("3573054101800001");
    assertThat(first.toString()).doesNotContain(Files.readString(file).lines().filter(l -> l.startsWith("enc.1=")).findFirst()
        .orElseThrow().substring(6));
  }

  @Test
  void aFileOrTheEnvironmentComesFirst() throws Exception {
    DataKeys ring = DataKeys.generate().withNewKey();
    Path file = dir.resolve("keys");
    Files.writeString(file, ring.format());
    assertThat(DataKeys.load(file, null, dir).current()).isEqualTo(2);
    assertThat(Files.exists(dir.resolve(DataKeys.FILE_NAME))).isFalse();
    String inline = String.join(";", ring.format().lines().filter(l -> !l.startsWith("#")).toList());
    DataKeys fromEnv = DataKeys.load(null, inline, dir);
    assertThat(fromEnv.ids()).containsExactly(1, 2);
    UUID owner = UUID.randomUUID();
    assertThat(new FieldCipher(fromEnv).open(SealedField.HEIR_NIK, owner,
        new FieldCipher(ring).seal(SealedField.HEIR_NIK, owner, "x"))).isEqualTo("x");
  }

  @Test
  void addingAKeyMakesItCurrentAndKeepsTheOthers() throws Exception {
    DataKeys.load(null, null, dir);
    Path file = dir.resolve(DataKeys.FILE_NAME);
    assertThat(DataKeys.addKeyTo(file)).isEqualTo(2);
    DataKeys ring = DataKeys.load(null, null, dir);
    assertThat(ring.ids()).containsExactly(1, 2);
    assertThat(ring.current()).isEqualTo(2);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void aBrokenFileIsRefusedNamingWhatIsWrongNeverTheKey() {
    String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    assertThatThrownBy(() -> DataKeys.parse("current=1\nindex=" + key, "f")).hasMessageContaining("enc.<id>");
    assertThatThrownBy(() -> DataKeys.parse("current=2\nenc.1=" + key + "\nindex=" + key, "f"))
        .hasMessageContaining("current=2");
    assertThatThrownBy(() -> DataKeys.parse("current=1\nenc.1=c2hvcnQ=\nindex=" + key, "f"))
        .hasMessageContaining("32 bytes").hasMessageNotContaining("c2hvcnQ=");
    assertThatThrownBy(() -> DataKeys.parse("current=1\nenc.300=" + key + "\nindex=" + key, "f"))
        .hasMessageContaining("1 to 255");
  }
}
