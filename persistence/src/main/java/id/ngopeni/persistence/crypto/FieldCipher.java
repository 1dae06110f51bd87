package id.ngopeni.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM from the JDK for one value at a time. A sealed value is {@code [key id, 1 byte]
 * [nonce, 12 random bytes] [cipher text + 16-byte tag]}; its associated data is the field's
 * label and its owner ({@link SealedField}), so it opens only where it was sealed. A random
 * 96-bit nonce per value stays far below the 2^32 values per key NIST SP 800-38D allows;
 * rotation (KeyRotation) moves everything to a new key long before.
 */
public final class FieldCipher {
  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  /** Key id, nonce and tag: what sealing adds to the plain text. */
  public static final int OVERHEAD = 1 + NONCE_BYTES + TAG_BITS / 8;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is not available in this JDK", e);
    }
  });

  private final DataKeys keys;

  public FieldCipher(DataKeys keys) {
    this.keys = keys;
  }

  /** Sealed text (UTF-8) under the current key; null stays null. */
  public byte[] seal(SealedField field, Object owner, String text) {
    return text == null ? null : seal(field, owner, text.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] seal(SealedField field, Object owner, byte[] plain) {
    return sealWith(keys.current(), field, owner, plain);
  }

  byte[] sealWith(int keyId, SealedField field, Object owner, byte[] plain) {
    byte[] out = new byte[OVERHEAD + plain.length];
    out[0] = (byte) keyId;
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
    try {
      Cipher cipher = CIPHERS.get();
      cipher.init(Cipher.ENCRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated(field, owner));
      cipher.doFinal(plain, 0, plain.length, out, 1 + NONCE_BYTES);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM sealing failed", e);
    }
  }

  /** The text sealed by {@link #seal(SealedField, Object, String)}; null stays null. */
  public String open(SealedField field, Object owner, byte[] sealed) {
    return sealed == null ? null : new String(openBytes(field, owner, sealed), StandardCharsets.UTF_8);
  }

  /** @throws UnreadableValue when it does not authenticate here or its key is not in the ring */
  public byte[] openBytes(SealedField field, Object owner, byte[] sealed) {
    if (sealed.length < OVERHEAD) {
      throw unreadable(field, owner, "too short to be sealed");
    }
    int keyId = keyIdOf(sealed);
    if (!keys.has(keyId)) {
      throw unreadable(field, owner, "sealed under data key " + keyId + ", which the key file lacks");
    }
    try {
      Cipher cipher = CIPHERS.get();
      cipher.init(Cipher.DECRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
      cipher.updateAAD(associated(field, owner));
      return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw unreadable(field, owner, "fails authentication (changed, moved from elsewhere, or another key " + keyId + ")");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM opening failed", e);
    }
  }

  /** The same plain value sealed again under the current key (key rotation). */
  public byte[] reseal(SealedField field, Object owner, byte[] sealed) {
    byte[] plain = openBytes(field, owner, sealed);
    try {
      return seal(field, owner, plain);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  public int currentKey() {
    return keys.current();
  }

  public static int keyIdOf(byte[] sealed) {
    return sealed[0] & 0xff;
  }

  private static byte[] associated(SealedField field, Object owner) {
    return (field.label() + '\u0000' + owner).getBytes(StandardCharsets.UTF_8);
  }

  private static UnreadableValue unreadable(SealedField field, Object owner, String why) {
    return new UnreadableValue("the stored " + field.label() + " of " + owner + " " + why);
  }

  @Override
  public String toString() {
    return "FieldCipher[" + keys + "]";
  }
}
