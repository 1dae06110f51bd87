package id.ngopeni.api;

import id.ngopeni.api.platform.AppContext;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.user.PasswordPolicy;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import id.ngopeni.persistence.audit.AuditEvent;
import io.vertx.core.json.JsonObject;

/**
 * On the very first start (no user at all) creates {@code admin} with
 * {@code NGOPENI_ADMIN_PASSWORD}, or with a generated password that is printed once to the
 * console — deliberately not through the logger, so it never lands in a log file.
 */
final class AdminBootstrap {
  static final String USERNAME = "admin";
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private AdminBootstrap() {}

  static Future<Void> run(AppContext context, UserRepository users, PasswordPolicy policy,
      Optional<String> configured, PrintStream console) {
    Pool pool = context.pool();
    configured.flatMap(p -> policy.problem(p, USERNAME)).ifPresent(code -> {
      throw new IllegalArgumentException("NGOPENI_ADMIN_PASSWORD is not acceptable: " + PasswordPolicy.message(code));
    });
    return users.list(pool, null, 1).compose(existing -> {
      if (!existing.items().isEmpty()) {
        return Future.succeededFuture();
      }
      String password = configured.orElseGet(AdminBootstrap::generate);
      UUID id = Ids.newId();
      return context.hasher().hash(password)
          .compose(hash -> pool.withTransaction(tx -> users.insertFirst(tx, id, USERNAME, hash, Role.ADMIN)
              .compose(created -> !created ? Future.succeededFuture(false)
                  : context.audit().append(tx, new AuditEvent(null, null, "user.created", "user", id.toString(), null,
                      new JsonObject().put("username", USERNAME).put("role", Role.ADMIN.name()).put("bootstrap", true)))
                      .map(seq -> true))))
          .map(created -> {
            if (created && configured.isEmpty()) {
              console.println();
              console.println("  First start: created user 'admin' with password  " + password);
              console.println("  It is shown this once only. Sign in and change it.");
              console.println();
              console.flush();
            }
            return null;
          });
    });
  }

  static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      if (i > 0 && i % 6 == 0) {
        out.append('-');
      }
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
