package id.ngopeni.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
  private final DataKeys keys = DataKeys.generate();
  private final FieldCipher cipher = new FieldCipher(keys);
  private final UUID owner = UUID.randomUUID();
  private static final String NIK = "3573054101800001";

  @Test
  void aSealedValueOpensWhereItWasSealed() {
    byte[] sealed = cipher.seal(SealedField.WORKER_NIK, owner, NIK);
    assertThat(sealed).hasSize(FieldCipher.OVERHEAD + 16);
    assertThat(FieldCipher.OVERHEAD).as("V47's claim_document_size_matches adds 29 bytes to a kept document").isEqualTo(29);
    assertThat(FieldCipher.keyIdOf(sealed)).isEqualTo(1);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(NIK);
    assertThat(cipher.open(SealedField.WORKER_NIK, owner, sealed)).isEqualTo(NIK);
    assertThat(cipher.seal(SealedField.WORKER_NIK, owner, (String) null)).isNull();
    assertThat(cipher.open(SealedField.WORKER_NIK, owner, null)).isNull();
  }

  @Test
  void theSameValueSealsDifferentlyEachTime() {
    assertThat(cipher.seal(SealedField.WORKER_NIK, owner, NIK)).isNotEqualTo(cipher.seal(SealedField.WORKER_NIK, owner, NIK));
  }

  @Test
  void aValueMovedToAnotherRowOrColumnIsRefused() {
    byte[] sealed = cipher.seal(SealedField.WORKER_NIK, owner, NIK);
    assertThatThrownBy(() -> cipher.open(SealedField.WORKER_NIK, UUID.randomUUID(), sealed))
        .isInstanceOf(UnreadableValue.class).hasMessageContaining("worker.nik").hasMessageNotContaining(NIK);
    assertThatThrownBy(() -> cipher.open(SealedField.HEIR_NIK, owner, sealed)).isInstanceOf(UnreadableValue.class);
  }

  @Test
  void aTamperedValueIsRefused() {
    for (int i = 1; i < FieldCipher.OVERHEAD + 16; i++) {
      byte[] sealed = cipher.seal(SealedField.WORKER_NIK, owner, NIK);
      sealed[i] ^= 1;
      int at = i;
      assertThatThrownBy(() -> cipher.open(SealedField.WORKER_NIK, owner, sealed)).as("byte %d flipped", at)
          .isInstanceOf(UnreadableValue.class);
    }
    assertThatThrownBy(() -> cipher.open(SealedField.WORKER_NIK, owner, new byte[5])).isInstanceOf(UnreadableValue.class);
  }

  @Test
  void anotherKeyRefusesInsteadOfGivingGarbage() {
    byte[] sealed = cipher.seal(SealedField.WORKER_NIK, owner, NIK);
    FieldCipher other = new FieldCipher(DataKeys.generate());
    assertThatThrownBy(() -> other.open(SealedField.WORKER_NIK, owner, sealed)).isInstanceOf(UnreadableValue.class);
  }

  @Test
  void aRotatedRingOpensOldValuesAndSealsUnderTheNewKey() {
    byte[] old = cipher.seal(SealedField.WORKER_PHONE, owner, "081234567890");
    FieldCipher rotated = new FieldCipher(keys.withNewKey());
    assertThat(rotated.open(SealedField.WORKER_PHONE, owner, old)).isEqualTo("081234567890");
    byte[] resealed = rotated.reseal(SealedField.WORKER_PHONE, owner, old);
    assertThat(FieldCipher.keyIdOf(resealed)).isEqualTo(2);
    assertThat(rotated.open(SealedField.WORKER_PHONE, owner, resealed)).isEqualTo("081234567890");
    assertThatThrownBy(() -> cipher.open(SealedField.WORKER_PHONE, owner, resealed))
        .isInstanceOf(UnreadableValue.class).hasMessageContaining("data key 2");
  }

  @Test
  void blindIndexIsKeyedAndLabelledByLength() {
    BlindIndex index = new BlindIndex(keys);
    assertThat(index.nik(NIK)).hasSize(32).isEqualTo(index.nik(NIK));
    assertThat(new BlindIndex(DataKeys.generate()).nik(NIK)).isNotEqualTo(index.nik(NIK));
    assertThat(index.prefix(8, NIK)).hasSize(16).isEqualTo(index.prefix(8, NIK.substring(0, 8)));
    assertThat(index.prefix(8, NIK)).isNotEqualTo(index.prefix(10, NIK));
    assertThat(index.prefix(12, NIK)).isNotEqualTo(index.prefix(12, "3573054101810001"));
    assertThatThrownBy(() -> index.prefix(7, NIK)).isInstanceOf(IllegalArgumentException.class);
  }
}
