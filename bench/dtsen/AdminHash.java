import id.ngopeni.api.platform.PasswordHasher;
import io.vertx.core.Vertx;

/** Prints the stored form of a password (argon2id, as the server hashes it): for a copied bench database. */
public final class AdminHash {
  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    try {
      System.out.println(new PasswordHasher(vertx).hash(args[0]).await());
    } finally {
      vertx.close();
    }
  }
}
