package id.ngopeni.api.auth;

import java.math.BigInteger;
import java.util.Base64;

/**
 * ES256 signatures in their low-S form only. An ECDSA signature (r, s) is equally valid as
 * (r, n − s), so without this rule anyone holding a token can mint a second, different spelling
 * of it (a new cache key, a new "token" for anything that compares tokens). We issue only
 * s ≤ n/2 and refuse the other half.
 */
final class LowS {
  /** The order n of the P-256 group. */
  static final BigInteger N =
      new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
  private static final BigInteger HALF_N = N.shiftRight(1);

  private LowS() {}

  /** True when the token's 64-byte JOSE signature has 0 < s ≤ n/2 (and 0 < r < n). */
  static boolean isLowS(String token) {
    byte[] signature = signature(token);
    if (signature == null || signature.length != 64) {
      return false;
    }
    BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(signature, 0, 32));
    BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(signature, 32, 64));
    return r.signum() > 0 && r.compareTo(N) < 0 && s.signum() > 0 && s.compareTo(HALF_N) <= 0;
  }

  /** The same token with s replaced by n − s when s is in the upper half. */
  static String normalize(String token) {
    byte[] signature = signature(token);
    if (signature == null || signature.length != 64) {
      return token;
    }
    BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(signature, 32, 64));
    if (s.compareTo(HALF_N) <= 0) {
      return token;
    }
    byte[] flipped = toFixed(N.subtract(s));
    System.arraycopy(flipped, 0, signature, 32, 32);
    return token.substring(0, token.lastIndexOf('.') + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
  }

  /** A 32-byte big-endian unsigned form of {@code value} (which is below n). */
  static byte[] toFixed(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }

  private static byte[] signature(String token) {
    int dot = token.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    try {
      return Base64.getUrlDecoder().decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
