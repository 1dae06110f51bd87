package id.ngopeni.api.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token signing key pair as PEM text. From {@code NGOPENI_JWT_PRIVATE_KEY_FILE} and
 * {@code NGOPENI_JWT_PUBLIC_KEY_FILE} when set (EC P-256 → ES256, RSA → RS256); otherwise an
 * ES256 pair generated once and kept in the data dir. Instances sharing the data dir race to
 * create it with a hard link, which only one can win, and all then read the winner's file.
 */
public record JwtKeys(String algorithm, String privatePem, String publicPem) {
  private static final Logger LOG = LoggerFactory.getLogger(JwtKeys.class);
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");
  static final String GENERATED_FILE = "jwt-es256.pem";

  public static JwtKeys load(Optional<Path> privateFile, Optional<Path> publicFile, Path dataDir) {
    if (privateFile.isPresent() != publicFile.isPresent()) {
      throw new IllegalArgumentException(
          "Set both NGOPENI_JWT_PRIVATE_KEY_FILE and NGOPENI_JWT_PUBLIC_KEY_FILE, or neither");
    }
    try {
      if (privateFile.isPresent()) {
        String privatePem = block(Files.readString(privateFile.get()), "PRIVATE KEY");
        String publicPem = block(Files.readString(publicFile.get()), "PUBLIC KEY");
        return new JwtKeys(algorithmOf(privatePem), privatePem, publicPem);
      }
      Path file = dataDir.resolve(GENERATED_FILE);
      if (!Files.exists(file)) {
        createOnce(file);
      }
      String both = Files.readString(file);
      return new JwtKeys("ES256", block(both, "PRIVATE KEY"), block(both, "PUBLIC KEY"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or create the JWT keys", e);
    }
  }

  private static void createOnce(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    KeyPair pair = generate();
    String text = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
    Path tmp = Files.createTempFile(file.getParent(), ".jwt-", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system; the data dir's own permissions protect the key.
      }
      Files.writeString(tmp, text, StandardCharsets.US_ASCII);
      try {
        Files.createLink(file, tmp);
        LOG.info("Generated a new ES256 token signing key in {}", file);
      } catch (FileAlreadyExistsException e) {
        // Another instance won the race; its key is the one everybody uses.
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("EC P-256 is not available in this JVM", e);
    }
  }

  private static String algorithmOf(String privatePem) {
    byte[] der = Base64.getMimeDecoder().decode(body(privatePem));
    for (String type : new String[] {"EC", "RSA"}) {
      try {
        KeyFactory.getInstance(type).generatePrivate(new PKCS8EncodedKeySpec(der));
        return type.equals("EC") ? "ES256" : "RS256";
      } catch (GeneralSecurityException e) {
        // try the next key type
      }
    }
    throw new IllegalArgumentException("The JWT private key must be a PKCS#8 EC P-256 or RSA key");
  }

  static String pem(String type, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n";
  }

  private static String block(String text, String type) {
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(type)) {
        return m.group(0) + "\n";
      }
    }
    throw new IllegalArgumentException("No PEM block '" + type + "' found in the JWT key file");
  }

  private static String body(String pemBlock) {
    Matcher m = BLOCK.matcher(pemBlock);
    if (!m.find()) {
      throw new IllegalArgumentException("not a PEM block");
    }
    return m.group(2);
  }

  /** The signature algorithm of this key pair for anything else the server signs (audit checkpoints). */
  public String signatureAlgorithm() {
    return algorithm.equals("ES256") ? "SHA256withECDSA" : "SHA256withRSA";
  }

  public java.security.PrivateKey privateKey() {
    return (java.security.PrivateKey) key(privatePem, true);
  }

  public java.security.PublicKey publicKey() {
    return (java.security.PublicKey) key(publicPem, false);
  }

  private java.security.Key key(String pem, boolean isPrivate) {
    byte[] der = Base64.getMimeDecoder().decode(body(pem));
    try {
      java.security.KeyFactory factory = java.security.KeyFactory.getInstance(algorithm.equals("ES256") ? "EC" : "RSA");
      return isPrivate ? factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der))
          : factory.generatePublic(new java.security.spec.X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("unreadable " + algorithm + " key", e);
    }
  }

  /** Never print key material. */
  @Override
  public String toString() {
    return "JwtKeys[" + algorithm + "]";
  }
}
