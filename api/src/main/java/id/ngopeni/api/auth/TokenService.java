package id.ngopeni.api.auth;

import id.ngopeni.api.http.Caller;

import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.Unauthenticated;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Issues and verifies access tokens. vertx-auth-jwt checks the signature and, when present,
 * the time claims; it does not insist on them, so verification here also requires {@code exp},
 * {@code iat}, {@code iss}, {@code aud}, {@code sub}, {@code jti}, {@code role} and {@code sv}
 * (the user's session version, checked against the stored one by {@link Sessions}), and exactly
 * the one configured algorithm in the header; for ES256 only the low-S signature form ({@link
 * LowS}), and never a lifetime {@code exp − iat} above the configured one.
 */
public final class TokenService {
  /** Longer tokens are refused unread; ours are about 500 bytes. */
  static final int MAX_TOKEN_LENGTH = 4096;

  /**
   * ES256 verification costs about 0.7 ms of CPU on this JDK — more than the rest of a read
   * request. A token that verified once is remembered until its {@code exp}, keyed by the whole
   * token text: a different signature or payload is a different key, so nothing forged can hit.
   */
  static final int VERIFIED_CACHE_LIMIT = 20_000;

  /** Clock difference tolerated between the instance that issued a token and the one checking it. */
  static final long TIME_LEEWAY_SECONDS = 5;

  /** Clock steps between signing and stamping the claims; the lifetime may exceed the TTL by this. */
  static final long LIFETIME_LEEWAY_SECONDS = 5;

  private record Verified(Caller caller, long expiresAtEpochSecond) {}

  private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified = new java.util.concurrent.ConcurrentHashMap<>();
  private final JWTAuth jwt;
  private final String algorithm;
  private final String issuer;
  private final String audience;
  private final Duration ttl;
  private final Clock clock;

  public TokenService(Vertx vertx, JwtKeys keys, String issuer, String audience, Duration ttl) {
    this(vertx, keys, issuer, audience, ttl, Clock.systemUTC());
  }

  /**
   * {@code clock} decides every time claim, issued and checked: the library's own time checks are
   * off ({@code ignoreExpiration}) and {@link #toCaller} does them against this clock instead.
   */
  public TokenService(Vertx vertx, JwtKeys keys, String issuer, String audience, Duration ttl, Clock clock) {
    this.clock = clock;
    this.algorithm = keys.algorithm();
    this.issuer = issuer;
    this.audience = audience;
    this.ttl = ttl;
    JWTOptions verification =
        new JWTOptions().setAlgorithm(algorithm).setIssuer(issuer).setAudience(List.of(audience))
            .setIgnoreExpiration(true);
    this.jwt =
        JWTAuth.create(
            vertx,
            new JWTAuthOptions()
                .addPubSecKey(new PubSecKeyOptions().setAlgorithm(algorithm).setBuffer(keys.privatePem()))
                .addPubSecKey(new PubSecKeyOptions().setAlgorithm(algorithm).setBuffer(keys.publicPem()))
                .setJWTOptions(verification));
  }

  public Duration ttl() {
    return ttl;
  }

  /** @param sessionVersion the user's stored {@code session_version}, carried as {@code sv} */
  public String issue(User user, long sessionVersion) {
    long now = clock.instant().getEpochSecond();
    JsonObject claims =
        new JsonObject()
            .put("iat", now)
            .put("exp", now + ttl.toSeconds())
            .put("jti", UUID.randomUUID().toString())
            .put("sv", sessionVersion)
            .put("role", user.role().name())
            .put("username", user.username())
            .put("kel", new JsonArray(user.kelurahanCodes()));
    String token = jwt.generateToken(
        claims,
        new JWTOptions()
            .setAlgorithm(algorithm)
            .setIssuer(issuer)
            .setAudience(List.of(audience))
            .setSubject(user.id().toString())
            .setNoTimestamp(true));
    return algorithm.equals("ES256") ? LowS.normalize(token) : token;
  }

  public Future<Caller> verify(String token) {
    Verified known = verified.get(token);
    if (known != null) {
      if (clock.instant().getEpochSecond() < known.expiresAtEpochSecond()) {
        return Future.succeededFuture(known.caller());
      }
      verified.remove(token);
    }
    return verifySignatureAndClaims(token).onSuccess(caller -> remember(token, caller));
  }

  private void remember(String token, Caller caller) {
    if (verified.size() >= VERIFIED_CACHE_LIMIT) {
      long now = clock.instant().getEpochSecond();
      verified.values().removeIf(v -> v.expiresAtEpochSecond() <= now);
      if (verified.size() >= VERIFIED_CACHE_LIMIT) {
        verified.clear();
      }
    }
    verified.put(token, new Verified(caller, caller.expiresAtEpochSecond()));
  }

  private Future<Caller> verifySignatureAndClaims(String token) {
    if (token.length() > MAX_TOKEN_LENGTH || !canonical(token, algorithm) || !headerAlgorithmIs(token, algorithm)
        || algorithm.equals("ES256") && !LowS.isLowS(token)) {
      return Future.failedFuture(invalid());
    }
    // compose() turns exceptions the library throws (instead of failing) into a failed future.
    return Future.succeededFuture(token)
        .compose(t -> jwt.authenticate(new TokenCredentials(t)))
        .recover(e -> Future.failedFuture(invalid()))
        // The principal has exp/iat removed; the attributes keep the whole verified payload.
        .compose(user -> toCaller(user.attributes().getJsonObject("accessToken", new JsonObject())));
  }

  private Future<Caller> toCaller(JsonObject claims) {
    try {
      requireNumber(claims, "exp");
      requireNumber(claims, "iat");
      requireNumber(claims, "sv");
      long now = clock.instant().getEpochSecond();
      // Expired, issued in the future or not yet valid (5 s leeway for clocks between instances).
      if (claims.getLong("exp") + TIME_LEEWAY_SECONDS <= now || claims.getLong("iat") - TIME_LEEWAY_SECONDS > now
          || claims.getValue("nbf") instanceof Number nbf && nbf.longValue() - TIME_LEEWAY_SECONDS > now) {
        throw invalid();
      }
      // No token lives longer than we issue them, whatever key signed it.
      if (claims.getLong("exp") - claims.getLong("iat") > ttl.toSeconds() + LIFETIME_LEEWAY_SECONDS) {
        throw invalid();
      }
      if (!issuer.equals(claims.getValue("iss")) || !audienceMatches(claims.getValue("aud"))) {
        throw invalid();
      }
      if (!(claims.getValue("jti") instanceof String)) {
        throw invalid();
      }
      UUID subject = UUID.fromString(claims.getString("sub"));
      Role role = Role.valueOf(claims.getString("role"));
      JsonArray kel = claims.getJsonArray("kel", new JsonArray());
      List<String> codes = kel.stream().map(String.class::cast).toList();
      return Future.succeededFuture(
          new Caller(subject, claims.getString("username", ""), role, codes, claims.getLong("exp"), claims.getLong("sv")));
    } catch (RuntimeException e) {
      return Future.failedFuture(invalid());
    }
  }

  private boolean audienceMatches(Object aud) {
    if (aud instanceof String s) {
      return audience.equals(s);
    }
    return aud instanceof JsonArray array && array.contains(audience);
  }

  private static void requireNumber(JsonObject claims, String name) {
    if (!(claims.getValue(name) instanceof Number)) {
      throw invalid();
    }
  }

  /**
   * Exactly three canonical base64url parts, and for ES256 a 64-byte signature. The library
   * tolerates junk after the signature; a token that is not byte-for-byte what we issue is
   * refused, so one token has one spelling (and one cache key).
   */
  static boolean canonical(String token, String algorithm) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return false;
    }
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    try {
      for (String part : parts) {
        if (part.isEmpty() || !encoder.encodeToString(Base64.getUrlDecoder().decode(part)).equals(part)) {
          return false;
        }
      }
      return !algorithm.equals("ES256") || Base64.getUrlDecoder().decode(parts[2]).length == 64;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The header must name our algorithm: no {@code none}, no HS256 with the public key as secret. */
  static boolean headerAlgorithmIs(String token, String expected) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    try {
      String header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      return expected.equals(new JsonObject(header).getValue("alg"));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Unauthenticated invalid() {
    return new Unauthenticated(UserError.TOKEN_INVALID);
  }
}
