package id.ngopeni.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;

/**
 * Keyed digests (HMAC-SHA256 under the index key, never stored beside the data) that let the
 * database find a NIK without holding it: the blind index of a whole NIK (32 bytes; unique among
 * workers) and keyed prefixes of its first 8, 10 and 12 digits (region + birth day, + month, +
 * year; 16 bytes, HMAC-SHA256-128). Each input is labelled with its length, so a prefix's digest
 * never equals another length's. Without the key a digest cannot be computed, so it cannot be
 * guessed from the NIK's small space (10^16, far less in practice) by whoever holds a dump.
 */
public final class BlindIndex {
  /** The NIK prefix lengths answered by keyed digests; 2, 4 and 6 go by the clear region code. */
  public static final List<Integer> KEYED_PREFIXES = List.of(8, 10, 12);
  static final int PREFIX_BYTES = 16;

  private final DataKeys keys;
  private final ThreadLocal<Mac> macs;

  public BlindIndex(DataKeys keys) {
    this.keys = keys;
    this.macs = ThreadLocal.withInitial(() -> {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(keys.indexKey());
        return mac;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
      }
    });
  }

  /** The blind index of a whole NIK (16 digits). */
  public byte[] nik(String nik) {
    if (nik.length() != 16) {
      throw new IllegalArgumentException("a NIK has 16 digits");
    }
    return digest("nik16:" + nik);
  }

  /** The keyed prefix of a NIK's first 8, 10 or 12 digits ({@code digits} is that prefix, or a whole NIK). */
  public byte[] prefix(int length, String digits) {
    if (!KEYED_PREFIXES.contains(length) || digits.length() < length) {
      throw new IllegalArgumentException("keyed prefixes have 8, 10 or 12 digits");
    }
    return Arrays.copyOf(digest("nik" + length + ":" + digits.substring(0, length)), PREFIX_BYTES);
  }

  /** A fixed digest a key check stores to tell a wrong index key at start-up. */
  byte[] check() {
    return digest("ngopeni-index-key-check");
  }

  private byte[] digest(String input) {
    Mac mac = macs.get();
    return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "BlindIndex[secret]";
  }
}
