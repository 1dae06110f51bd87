package id.ngopeni.api.testing;

import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hand-made JWTs, for attacking the server with tokens it must refuse. */
public final class Jwts {
  private Jwts() {}

  public static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  public static String es256(PrivateKey key, JsonObject header, JsonObject claims) {
    String input = b64(header.encode()) + "." + b64(claims.encode());
    try {
      Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
      signature.initSign(key);
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return withS(input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign()), false);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The order n of the P-256 group. */
  public static final BigInteger P256_N =
      new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

  /**
   * The same ES256 token with its signature's S in the upper ({@code high}) or lower half of the
   * group order: (r, s) and (r, n − s) are both valid ECDSA signatures of the same input.
   */
  public static String withS(String token, boolean high) {
    int dot = token.lastIndexOf('.');
    byte[] sig = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig, 32, 64));
    boolean isHigh = s.compareTo(P256_N.shiftRight(1)) > 0;
    if (isHigh != high) {
      byte[] raw = P256_N.subtract(s).toByteArray();
      byte[] fixed = new byte[32];
      int copy = Math.min(raw.length, 32);
      System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
      System.arraycopy(fixed, 0, sig, 32, 32);
    }
    return token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
  }

  public static String hs256(byte[] secret, JsonObject claims) {
    String input = b64(new JsonObject().put("alg", "HS256").put("typ", "JWT").encode()) + "." + b64(claims.encode());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's own signing key, read from its data dir (as an insider would). */
  public static PrivateKey serverKey(Path dataDir) {
    try {
      String pem = Files.readString(dataDir.resolve("jwt-es256.pem"));
      String body = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"));
      return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String serverPublicPem(Path dataDir) {
    try {
      String pem = Files.readString(dataDir.resolve("jwt-es256.pem"));
      return pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static PrivateKey foreignKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair().getPrivate();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
